"""The canonical JSON text computed by orjson is the text `json.dumps(indent=2, ensure_ascii=False)` gives
(natopress.canonical.canonical_text, issue 16)."""

from __future__ import annotations

import json
from typing import Any

import orjson
from conftest import DATA, SEEDS

from natopress.canonical import canonical_text
from natopress.corpus import Corpus
from natopress.model import Registry, Release
from natopress.serialize import to_json


def reference(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def test_every_code_point_is_escaped_alike() -> None:
    """the canonical text's premise: both encoders escape a string character by character, the same way."""
    for code in (c for c in range(0x110000) if not 0xD800 <= c < 0xE000):
        assert orjson.dumps(chr(code)).decode("utf-8") == reference(chr(code)), hex(code)


def test_the_models_have_no_float_field() -> None:
    """the canonical text's premise: orjson and json write floats differently (`1e16` and `1e+16`)."""
    for model in (Release, Registry):
        assert '"number"' not in json.dumps(model.model_json_schema()), model.__name__


def test_canonical_fixture_files_are_written_back_byte_for_byte() -> None:
    paths = [
        p for folder in (SEEDS, DATA / "valid", DATA / "publish") for p in Corpus(folder).annotation_paths()
    ]
    assert len(paths) >= 4
    for path in paths:
        text = path.read_text("utf-8")
        assert to_json(Release.model_validate_json(text)) == text, path
        assert canonical_text(json.loads(text), "release") == text, path
