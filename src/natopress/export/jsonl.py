"""JSON Lines: one release a line, its annotation (field for field) plus `text`, the verbatim source."""

from __future__ import annotations

import json
from collections.abc import Iterable

from natopress.corpus import CorpusError, parse
from natopress.model import Release

# json.dumps(ensure_ascii=False) leaves these raw, and str.splitlines() would cut a line at them.
_LINE_SEPARATORS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_line(release: Release, text: str) -> str:
    """One JSON object on one line: the release's fields in model order, then `text`."""
    data = {**release.model_dump(mode="json", by_alias=True), "text": text}
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _LINE_SEPARATORS.items():
        line = line.replace(raw, escaped)
    return line


def to_jsonl(documents: Iterable[tuple[Release, str]]) -> str:
    """Every release, one a line, each line ending with a newline."""
    return "".join(to_line(release, text) + "\n" for release, text in documents)


def read_jsonl(data: str) -> list[tuple[Release, str]]:
    """Releases and texts back from JSON Lines, parsed strictly (natopress.corpus.parse).

    Raises ValueError naming the line (1-based) of a bad row and the JSON pointer of each problem.
    """
    result = []
    for number, line in enumerate(data.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj.pop("text")
            if not isinstance(text, str):
                raise TypeError("`text` is not a string")
            release = parse(Release, json.dumps(obj).encode("utf-8"), f"line {number}")
        except CorpusError as error:
            raise ValueError(str(error)) from error
        except (ValueError, TypeError, KeyError) as error:
            raise ValueError(f"line {number}: {error}") from error
        result.append((release, text))
    return result
