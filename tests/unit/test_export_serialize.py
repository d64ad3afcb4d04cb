"""natopress.serialize: the canonical JSON form of releases and the registry, written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WORKFLOW

from natopress.corpus import Corpus
from natopress.model import Registry, Release
from natopress.paths import ANNOTATIONS_DIR
from natopress.serialize import to_json, write_model


def test_canonical_form_by_hand() -> None:
    registry = Registry.model_validate(
        {
            "schema_version": "1.0",
            "entities": [{"id": "otan", "type": "ORG", "name": "OTAN", "aliases": ["l’Alliance"]}],
        },
        strict=False,
    )
    assert to_json(registry) == (
        "{\n"
        '  "$schema": "../schema/registry.schema.json",\n'
        '  "schema_version": "1.0",\n'
        '  "entities": [\n'
        "    {\n"
        '      "id": "otan",\n'
        '      "type": "ORG",\n'
        '      "subtype": null,\n'
        '      "name": "OTAN",\n'
        '      "aliases": [\n'
        '        "l’Alliance"\n'
        "      ],\n"
        '      "roles": [],\n'
        '      "replaced_by": null\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_schema_comes_first_even_when_set() -> None:
    release = Corpus(WORKFLOW).load("2000-01-01-fr-fixture-crlf").release
    text = to_json(release.model_copy(update={"schema_": "https://example.org/x.json"}))
    assert text.startswith(
        '{\n  "$schema": "https://example.org/x.json",\n  "schema_version": "1.0",\n  "id": '
    )


def test_write_is_atomic_and_leaves_no_temporary(tmp_path: Path) -> None:
    release = Corpus(WORKFLOW).load("2000-01-01-fr-fixture-crlf").release
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    write_model(target, release)
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    assert Release.model_validate_json(target.read_bytes()) == release
    assert target.read_bytes().endswith(b"}\n") and b"\r" not in target.read_bytes().replace(b"\\r", b"")


@pytest.mark.parametrize("root", [WORKFLOW, ANNOTATIONS_DIR])
def test_corpus_files_are_canonical(root: Path) -> None:
    """Every annotation file is byte for byte what serialize writes for its parsed model."""
    paths = sorted(root.glob("*.json"))
    if not paths:
        pytest.skip("no annotations yet")
    for path in paths:
        model = (Registry if path.name == "registry.json" else Release).model_validate_json(path.read_bytes())
        assert to_json(model) == path.read_text("utf-8"), path
