"""NP51x citations: what a release's `cited_from` and `source` values cite must be inside the corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator

from natopress.document import ReleaseData
from natopress.kinds import METADATA_FACTS
from natopress.validate.findings import Finding, define, pointer_join

CITED_FILE_MISSING = define(
    "NP510",
    "cited file not in the corpus",
    "a `cited_from` or `source` names a file that is not in the corpus folder (cite `SOURCES.md#<id>` or a URL)",
    '`"cited_from": "shared/seeds/SOURCES.md"`',
)

FILE_EXTENSIONS = frozenset(
    [
        "csv",
        "doc",
        "docx",
        "htm",
        "html",
        "jpeg",
        "jpg",
        "json",
        "jsonl",
        "md",
        "odt",
        "pdf",
        "png",
        "rtf",
        "tsv",
        "txt",
        "xls",
        "xlsx",
        "xml",
        "yaml",
        "yml",
    ]
)
"""What makes a word of a citation a file name: it ends with one of these extensions (case-insensitive).
Prose such as `e.g.` or `nato.int` does not."""

_FILE_NAME = re.compile(r"[^\s]*\.([A-Za-z0-9]{1,5})")
_OPENING = "([{<\"'«“‘`"
_CLOSING = ")]}>\"'»”’`.,;:!?"


def cited_files(citation: str) -> Iterator[str]:
    """The file names a citation names, without their `#anchor`, in order of appearance.

    A citation is free text (`SOURCES.md#2021-07-01-fr-news-185631: the page URL's path holds ...`).
    A word (split at white space, surrounding brackets, quotes and punctuation stripped) names a file
    when it is a `file:` URL, or when it is not a URL (it holds no `://`) and its part before any `#`
    ends with one of `FILE_EXTENSIONS`. Paths keep their folders (`shared/seeds/SOURCES.md`), so a path outside the
    corpus folder never matches a corpus file name.
    """
    for word in citation.split():
        word = word.lstrip(_OPENING).rstrip(_CLOSING)
        if word.lower().startswith("file:"):  # a file on someone's disk: never in the published corpus
            yield word
            continue
        if "://" in word or word.lower().startswith(("mailto:", "urn:", "doi:")):
            continue
        name = word.split("#", 1)[0]
        match = _FILE_NAME.fullmatch(name)
        if match is not None and match.group(1).lower() in FILE_EXTENSIONS:
            yield name


def _citations(release: ReleaseData) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each `cited_from` and `source` value of the release with the JSON pointer parts of its field."""
    meta = release["metadata"]
    cited_from = meta["provenance"]["cited_from"]
    if cited_from is not None:
        yield ("metadata", "provenance", "cited_from"), cited_from
    for name in METADATA_FACTS:
        fact = meta[name]
        if fact is not None and fact["source"] is not None:
            yield ("metadata", name, "source"), fact["source"]


def check_citations(release: ReleaseData, corpus_files: frozenset[str], file: str) -> list[Finding]:
    """NP510: a `cited_from` or `source` naming a file that is not one of `corpus_files`.

    `corpus_files` holds the names of the files directly in the corpus folder (`SOURCES.md`,
    `registry.json`, the releases); a cited name is matched against them exactly, so `../x.md`,
    `/abs/x.md` and `folder/x.md` are reported, as is a name of a file that does not exist.
    """
    findings = []
    for parts, citation in _citations(release):
        for name in cited_files(citation):
            if name not in corpus_files:
                message = (
                    f"{name!r} is not a file of the corpus folder: a reader of the published dataset cannot "
                    "follow it; cite an entry of the corpus's SOURCES.md (SOURCES.md#<release-id>) or a URL"
                )
                findings.append(CITED_FILE_MISSING.at(file, pointer_join(*parts), message))
    return findings
