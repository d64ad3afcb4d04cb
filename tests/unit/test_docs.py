"""The documentation site documents every command, finding code, config and schema field (docs/, mkdocs.yml)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from natopress.build.features import CONFIG_NAMES, features
from natopress.cli import COMMANDS
from natopress.schema import registry_schema, release_schema
from natopress.validate.codes import all_codes

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_reference", DOCS / "hooks" / "reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages(hook: ModuleType) -> dict[str, str]:
    generated: dict[str, str] = hook.pages()
    return generated


def _headings(markdown: str) -> list[str]:
    return re.findall(r"^#+ (.+?)(?: \(default\))?$", markdown, re.MULTILINE)


def _nav_pages(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [page for value in node.values() for page in _nav_pages(value)]
    if isinstance(node, list):
        return [page for value in node for page in _nav_pages(value)]
    return []


def test_every_command_has_its_help_on_the_cli_page(pages: dict[str, str]) -> None:
    page = pages["reference/cli.md"]
    assert set(COMMANDS) <= set(_headings(page))
    for name in COMMANDS:
        section = page.split(f"\n## {name}\n", 1)[1]
        assert f"usage: natopress {name}" in section.split("\n## ", 1)[0], name


def test_every_finding_code_is_on_the_codes_page() -> None:
    page = (DOCS / "codes.md").read_text("utf-8")
    missing = [code.code for code in all_codes() if f"| {code.code} |" not in page]
    assert missing == []


def test_every_config_and_column_is_on_the_configs_page(pages: dict[str, str]) -> None:
    page = pages["reference/configs.md"]
    assert [h for h in _headings(page) if h in CONFIG_NAMES] == list(CONFIG_NAMES)
    for config in CONFIG_NAMES:
        section = page.split(f"\n## {config}", 1)[1].split("\n## ", 1)[0]
        missing = [name for name in features(config) if f"| `{name}` |" not in section]
        assert missing == [], config


def test_every_schema_field_is_on_the_schema_page_with_its_description(pages: dict[str, str]) -> None:
    page = pages["reference/schema.md"]
    for schema in (release_schema(), registry_schema()):
        models = {schema["title"]: schema, **schema["$defs"]}
        for name, node in models.items():
            assert f"### {name}\n" in page, name
            section = page.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
            for field, spec in node.get("properties", {}).items():
                row = next((line for line in section.splitlines() if line.startswith(f"| `{field}` |")), "")
                assert " ".join(spec["description"].split())[:40] in row, (name, field)


def test_the_nav_holds_every_page_and_every_reader_guide(pages: dict[str, str]) -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    nav = _nav_pages(config["nav"])
    written = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert set(nav) == written | set(pages)
    for guide in ("researcher.md", "annotator.md", "contributor.md", "maintainer.md"):
        assert guide in nav
    assert config["strict"] is True


def test_the_readme_is_short_and_in_the_users_order() -> None:
    """Issue 17: under 8 KB; what it is, install, load, validate, cite, where the rest of the docs is."""
    readme = (ROOT / "README.md").read_text("utf-8")
    assert len(readme.encode("utf-8")) < 8 * 1024
    headings = re.findall(r"^## (.+)$", readme, re.MULTILINE)
    assert headings == [
        "Install",
        "Load the data",
        "Validate your own annotations",
        "Cite it",
        "Documentation",
    ]
    assert all(f"`{config}`" in readme.split("## Install", 1)[0] for config in CONFIG_NAMES)
