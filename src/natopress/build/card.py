"""Renders the built dataset's README.md: YAML front matter (configs, features) + the DATASET_CARD.md body."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from natopress.build.card_corpus import (
    CORPUS_BEGIN,
    CORPUS_END,
    VERSIONS_BEGIN,
    VERSIONS_END,
    CorpusFacts,
    render_corpus,
    render_versions,
    size_category,
)
from natopress.build.citation import LICENSE_TEXT as LICENSE_TEXT
from natopress.build.features import CONFIG_NAMES, DEFAULT_CONFIG, features
from natopress.build.versions import VersionEntry

EXAMPLES_BEGIN, EXAMPLES_END = "<!-- natopress:examples -->", "<!-- /natopress:examples -->"
BUILD_BEGIN, BUILD_END = "<!-- natopress:build -->", "<!-- /natopress:build -->"
NOTE_RE = re.compile(r"<!-- natopress:source-note -->.*?<!-- /natopress:source-note -->\n*", re.DOTALL)
"""A note for readers of DATASET_CARD.md in the repository, dropped from the built README.md."""
MAX_STRING, MAX_VALUES, MAX_RECORDS = 100, 12, 2
"""Example rows in the card cut strings after MAX_STRING characters, lists of values (tokens, tags) after
MAX_VALUES items and lists of records (segments, quotes, mentions) after MAX_RECORDS."""


@dataclass(frozen=True)
class BuildFacts:
    """What the generated parts of the card state about one build.

    `data_files` maps each config to its Parquet file (relative to the folder), `split_bytes` to the Arrow
    bytes of its `train` split; `recorded` is the fingerprint CHANGELOG.md records for `version` (None when
    the version is not released).
    """

    version: str
    fingerprint: str
    row_counts: Mapping[str, int]
    examples: Mapping[str, dict[str, Any]]
    data_files: Mapping[str, str] = field(default_factory=dict)
    split_bytes: Mapping[str, int] = field(default_factory=dict)
    corpus: CorpusFacts = field(default_factory=CorpusFacts)
    versions: Sequence[VersionEntry] = ()
    recorded: str | None = None


def data_path(config: str) -> str:
    """The Parquet file of `config` as first written, relative to the dataset folder (the build then renames
    it after its content, see natopress.build.parquet.content_named)."""
    return f"data/{config}/train.parquet"


HUB_FIELDS = ("configs", "dataset_info", "size_categories")
"""The front-matter keys the build generates; every other key is DATASET_CARD.md's own."""


def split_card(card: str) -> tuple[dict[str, Any], str]:
    """DATASET_CARD.md's YAML metadata (licence, language, tasks, ...) and its Markdown body."""
    meta = parse_front_matter(card)
    if generated := sorted(set(meta) & set(HUB_FIELDS)):
        raise ValueError(f"DATASET_CARD.md sets {', '.join(generated)}: the build generates them")
    return meta, card.split("\n---\n", 1)[1]


def front_matter(card_meta: Mapping[str, Any], facts: BuildFacts) -> dict[str, Any]:
    """The built README's YAML: the card's own metadata, `size_categories` (from the release count),
    `configs:` (data files) and `dataset_info` (features and split sizes of every config).

    The split sizes and the content-named data files are what `datasets` hashes into its cache key, so a
    folder with other rows never loads from another build's cache.
    """
    configs = [name for name in CONFIG_NAMES if name in facts.row_counts]
    return {
        **card_meta,
        "size_categories": [size_category(facts.row_counts.get("releases", 0))],
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": "train", "path": facts.data_files.get(name, data_path(name))}],
                **({"default": True} if name == DEFAULT_CONFIG else {}),
            }
            for name in configs
        ],
        "dataset_info": [
            {
                "config_name": name,
                "features": features(name)._to_yaml_list(),
                "splits": [
                    {
                        "name": "train",
                        "num_bytes": facts.split_bytes.get(name, 0),
                        "num_examples": facts.row_counts[name],
                    }
                ],
            }
            for name in configs
        ],
    }


def _shorten(value: Any) -> Any:
    """A value made short enough for the card: long strings and lists are cut, and the cut is marked."""
    if isinstance(value, str) and len(value) > MAX_STRING:
        return value[:MAX_STRING] + f"… [{len(value)} characters]"
    if isinstance(value, list):
        limit = MAX_RECORDS if any(isinstance(v, dict) for v in value) else MAX_VALUES
        head = [_shorten(v) for v in value[:limit]]
        return head + ([f"… [{len(value)} items]"] if len(value) > limit else [])
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    return value


def _to_json(value: Any, indent: str = "") -> str:
    """JSON with one key per line, and lists of plain values kept on one line (tokens beside their tags)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {_to_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        return "[\n" + ",\n".join(inner + _to_json(v, inner) for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def render_examples(examples: Mapping[str, dict[str, Any]]) -> str:
    """The example section: the first row of each config's built data, as JSON."""
    parts = [
        "Each example is the first row of the config's built data (`natopress build`), with strings cut after "
        f"{MAX_STRING} characters, lists of values after {MAX_VALUES} items and lists of records after "
        f"{MAX_RECORDS}; the cuts are marked `…`. `ner_tags` holds class indices: 0 is `O`, then `B-PER`, "
        "`I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`, `B-MISC`, `I-MISC`."
    ]
    for name in CONFIG_NAMES:
        if name in examples:
            parts.append(f"#### `{name}`\n\n```json\n{_to_json(_shorten(examples[name]))}\n```")
    return "\n\n".join(parts)


def render_build(facts: BuildFacts) -> str:
    """The build section: version, corpus fingerprint and row counts."""
    lines = [
        f"- Version: **{facts.version}**",
        f"- Corpus fingerprint: `{facts.fingerprint}`",
        "",
        "| config | rows |",
        "|---|---:|",
        *(f"| `{name}` | {facts.row_counts[name]} |" for name in CONFIG_NAMES if name in facts.row_counts),
    ]
    return "\n".join(lines)


def fill(body: str, begin: str, end: str, content: str) -> str:
    """`body` with the text between the `begin` and `end` markers replaced by `content`."""
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(body) is None:
        raise ValueError(f"the card has no {begin} … {end} block")
    return pattern.sub(lambda _: f"{begin}\n{content}\n{end}", body, count=1)


def render_readme(card: str, facts: BuildFacts) -> str:
    """The built README.md: front matter, then the card body with its generated blocks filled."""
    card_meta, card_body = split_card(card)
    body = fill(card_body, EXAMPLES_BEGIN, EXAMPLES_END, render_examples(facts.examples))
    body = fill(body, BUILD_BEGIN, BUILD_END, render_build(facts))
    body = fill(body, CORPUS_BEGIN, CORPUS_END, render_corpus(facts.corpus, facts.row_counts))
    versions = render_versions(facts.versions, facts.version, facts.fingerprint, facts.recorded)
    body = fill(body, VERSIONS_BEGIN, VERSIONS_END, versions)
    body = NOTE_RE.sub("", body)
    meta = yaml.safe_dump(
        front_matter(card_meta, facts),
        sort_keys=False,
        allow_unicode=True,
        width=1000,
    )
    return f"---\n{meta}---\n\n{body.lstrip()}"


def parse_front_matter(readme: str) -> dict[str, Any]:
    """The YAML front matter of a README.md."""
    match = re.match(r"---\n(.*?)\n---\n", readme, re.DOTALL)
    if match is None:
        raise ValueError("README.md has no YAML front matter")
    data = yaml.safe_load(match.group(1))
    if not isinstance(data, dict):
        raise ValueError("README.md front matter is not a mapping")
    return data


def bibtex(card_body: str) -> str:
    """The BibTeX entry of the card's citation section."""
    match = re.search(r"```bibtex\n(.*?)\n```", card_body, re.DOTALL)
    if match is None:
        raise ValueError("the card has no ```bibtex block")
    return match.group(1)
