"""MkDocs hook: the reference pages generated from the code at build time (CLI, schema fields, configs).

`mkdocs.yml` names this file under `hooks:`; `on_files` adds the pages to the site without writing them to
`docs/`, so they can never go stale. The finding codes page is `docs/codes.md`, which `natopress codes
--write` generates and `natopress codes --check` keeps fresh. `tests/unit/test_docs.py` calls `pages()`.
"""

from __future__ import annotations

import json
import os
from typing import Any

from natopress.build.features import CONFIG_DESCRIPTIONS, CONFIG_NAMES, DEFAULT_CONFIG, features
from natopress.cli import COMMANDS, build_parser, command_parser
from natopress.paths import REPO_ROOT
from natopress.schema import registry_schema, release_schema

HELP_COLUMNS = "100"
"""The width argparse wraps help to (it reads COLUMNS), so the page does not depend on the terminal."""


def cli_page() -> str:
    """`reference/cli.md`: `natopress --help`, then every command's `--help`, from `natopress.cli`."""
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = HELP_COLUMNS
    try:
        parser = build_parser()
        parts = [
            "# Command line\n",
            "Generated from `natopress.cli.build_parser()` when the site is built: the text each command "
            "prints with `--help`.\n",
            "## natopress\n",
            f"```text\n{parser.format_help()}```\n",
        ]
        for name in COMMANDS:
            parts.append(f"## {name}\n")
            parts.append(f"```text\n{command_parser(parser, name).format_help()}```\n")
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous
    return "\n".join(parts)


def _type(node: dict[str, Any]) -> str:
    """A short type for a JSON Schema node: `string`, `integer ≥ 0`, `Span | null`, `list of Quote`."""
    if "$ref" in node:
        return f"[{node['$ref'].rsplit('/', 1)[-1]}](#{node['$ref'].rsplit('/', 1)[-1].lower()})"
    if "anyOf" in node:
        return " \\| ".join(_type(option) for option in node["anyOf"])
    if "enum" in node:
        return "one of " + ", ".join(f"`{value}`" for value in node["enum"])
    kind = node.get("type", "any")
    if kind == "array":
        return "list of " + _type(node.get("items", {}))
    if "format" in node:
        return f"{kind} ({node['format']})"
    return str(kind)


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _model_table(name: str, node: dict[str, Any]) -> list[str]:
    """A heading and a table of the fields of one model of the schema."""
    lines = [f"### {name}\n", _one_line(node.get("description", "")) + "\n"]
    if "enum" in node:
        lines.append("Values: " + ", ".join(f"`{value}`" for value in node["enum"]) + "\n")
        return lines
    required = set(node.get("required", ()))
    lines += ["| field | type | required | description |", "|---|---|---|---|"]
    for field, spec in node.get("properties", {}).items():
        description = _one_line(spec.get("description", ""))
        mark = "yes" if field in required else "no"
        lines.append(f"| `{field}` | {_type(spec)} | {mark} | {description} |")
    return [*lines, ""]


def schema_page() -> str:
    """`reference/schema.md`: every field of a release file and of the registry, with its description."""
    parts = [
        "# Annotation schema\n",
        "Generated from the pydantic models (`natopress.model`, the source of `schema/*.schema.json`) "
        "when the site is built. Offsets are Unicode code points, end exclusive.\n",
    ]
    for title, schema in (("Release file", release_schema()), ("Registry file", registry_schema())):
        parts.append(f"## {title}: `{schema['$id'].rsplit('/', 1)[-1]}`\n")
        parts += _model_table(schema["title"], schema)
        for name, node in sorted(schema.get("$defs", {}).items()):
            if title == "Registry file" and name in release_schema().get("$defs", {}):
                continue  # documented once, under the release file (same model)
            parts += _model_table(name, node)
    return "\n".join(parts)


def _feature(feature: Any) -> str:
    """A short type for a `datasets` feature: `string`, `list of {start, end}`, `ClassLabel(9)`."""
    if isinstance(feature, dict):
        return "{" + ", ".join(f"{key}: {_feature(value)}" for key, value in feature.items()) + "}"
    if hasattr(feature, "feature"):  # datasets.List / Sequence / LargeList
        return f"list of {_feature(feature.feature)}"
    if isinstance(feature, list):
        return f"list of {_feature(feature[0])}"
    if hasattr(feature, "names"):  # ClassLabel
        return "class label (" + ", ".join(f"`{n}`" for n in feature.names) + ")"
    return str(getattr(feature, "dtype", type(feature).__name__))


def configs_page() -> str:
    """`reference/configs.md`: every config's columns and types, from `natopress.build.features`."""
    parts = [
        "# Configs and features\n",
        "Generated from `natopress.build.features` (the one `datasets.Features` declaration the build, the "
        "loader and the card use) when the site is built. What each column means: the dataset card's "
        "*Data fields*; how to use them: the [researcher's guide](../researcher.md).\n",
    ]
    for config in CONFIG_NAMES:
        default = " (default)" if config == DEFAULT_CONFIG else ""
        parts += [f"## {config}{default}\n", CONFIG_DESCRIPTIONS[config] + "\n"]
        parts += ["| column | type |", "|---|---|"]
        parts += [f"| `{name}` | {_one_line(_feature(value))} |" for name, value in features(config).items()]
        parts.append("")
    return "\n".join(parts)


GUIDELINES_PATH = REPO_ROOT / "ANNOTATION_GUIDELINES.md"
"""Shown as the site's guidelines page as it is: one text, kept at the root where annotators look."""


def pages() -> dict[str, str]:
    """Every generated page: its path under the site's docs (a `src_uri`) -> its Markdown."""
    return {
        "reference/cli.md": cli_page(),
        "reference/schema.md": schema_page(),
        "reference/configs.md": configs_page(),
        "guidelines.md": GUIDELINES_PATH.read_text("utf-8"),
    }


def on_files(files: Any, config: Any) -> Any:
    """MkDocs event: adds the generated pages to the site's files."""
    from mkdocs.structure.files import File

    for src_uri, content in pages().items():
        files.append(File.generated(config, src_uri, content=content))
    return files


if __name__ == "__main__":  # print the pages (a quick look without a site build)
    print(json.dumps(sorted(pages())))
