"""The card's content-dependent sections, generated from the built rows: the corpus and the versions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from natopress.build.versions import VersionEntry

CORPUS_BEGIN, CORPUS_END = "<!-- natopress:corpus -->", "<!-- /natopress:corpus -->"
VERSIONS_BEGIN, VERSIONS_END = "<!-- natopress:versions -->", "<!-- /natopress:versions -->"
MAX_LISTED = 100
"""Releases listed by name in the card; past that the card points to the `releases` config."""
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))
"""The Hub's `size_categories` tags, by number of releases."""


@dataclass(frozen=True)
class ReleaseLine:
    """What the card lists of one release (from its `releases` row)."""

    id: str
    published: str | None
    language: str
    url: str | None


@dataclass
class CorpusFacts:
    """The releases of a build, gathered while their rows are written (a build never holds them all)."""

    count: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    listed: list[ReleaseLine] = field(default_factory=list)

    def note(self, row: Mapping[str, Any]) -> None:
        """Counts one `releases` row and keeps the first MAX_LISTED for the card's list."""
        self.count += 1
        self.languages[row["language"]] += 1
        if published := row["published"]:
            self.first = min(self.first or published, published)
            self.last = max(self.last or published, published)
        if len(self.listed) < MAX_LISTED:
            self.listed.append(ReleaseLine(row["id"], row["published"], row["language"], row["url"]))


def noting(rows: Iterable[dict[str, Any]], facts: CorpusFacts) -> Iterator[dict[str, Any]]:
    """`rows` unchanged, each one noted in `facts` on its way to the Parquet writer."""
    for row in rows:
        facts.note(row)
        yield row


def size_category(releases: int) -> str:
    """The Hub's `size_categories` tag for a corpus of `releases` releases."""
    return next((tag for bound, tag in SIZE_CATEGORIES if releases < bound), "n>1M")


def render_corpus(facts: CorpusFacts, row_counts: Mapping[str, int]) -> str:
    """The corpus section: how many releases, in which languages, over which dates, and where each comes from."""
    languages = ", ".join(f"`{lang}` {n}" for lang, n in sorted(facts.languages.items()))
    span = f", published from {facts.first} to {facts.last}" if facts.first else ""
    lines = [
        f"This build holds **{facts.count} release{'s' if facts.count != 1 else ''}** "
        f"(languages: {languages or 'none'}){span}, with {row_counts.get('quotes', 0)} quotes, "
        f"{row_counts.get('mentions', 0)} entity mentions and {row_counts.get('entities', 0)} registry "
        "entities. Provenance of each release (`url` column; `metadata.provenance` in the annotation):",
        "",
        "| release | published | language | source |",
        "|---|---|---|---|",
        *(
            f"| `{line.id}` | {line.published or 'unknown'} | {line.language} | {line.url or 'not recorded'} |"
            for line in facts.listed
        ),
    ]
    if facts.count > len(facts.listed):
        lines.append(f"\n… and {facts.count - len(facts.listed)} more: see the `releases` config.")
    return "\n".join(lines)


def render_versions(
    versions: Sequence[VersionEntry], version: str, fingerprint: str, recorded: str | None
) -> str:
    """The versions section: every released version with the content it names, and this build's standing."""
    if recorded is None:
        status = f"Version {version} is not released yet (CHANGELOG.md records no content for it)."
    elif recorded == fingerprint:
        status = f"This build is exactly the content of version {version}."
    else:
        status = (
            f"**This build's corpus (`{fingerprint}`) is not the content of version {version}** "
            f"(`{recorded}`): it holds changes made since; do not publish it under that version."
        )
    listed = [f"- {v.version} ({v.date}): corpus `{v.fingerprint or 'not recorded'}`" for v in versions]
    return "\n".join([status, "", *(listed or ["(no version released yet)"])])
