"""The canonical JSON text computed by orjson is the text `json.dumps(indent=2, ensure_ascii=False)` gives
(natopress.serialize.dumps_indented, issue 16)."""

from __future__ import annotations

import json
from typing import Any

import orjson
from conftest import DATA, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.corpus import Corpus
from natopress.model import Registry, Release
from natopress.serialize import dumps_indented, to_json

STRINGS = st.text(st.characters(codec=None), max_size=12) | st.sampled_from(
    ["", '"', "\\", "\n", "\t\x00\x1f\x7f", "\u2028\u00a0«»", "\ud800", "/é€𝄞"]
)
INTEGERS = st.integers(-(2**70), 2**70)
values = st.recursive(
    st.none() | st.booleans() | INTEGERS | STRINGS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(STRINGS, inner, max_size=4),
    max_leaves=20,
)


def reference(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@settings(max_examples=800, deadline=None)
@given(values)
def test_dumps_indented_is_the_standard_encoder(value: Any) -> None:
    assert dumps_indented(value) == reference(value)


def test_every_code_point_is_escaped_alike() -> None:
    """dumps_indented's premise: both encoders escape a string character by character, the same way."""
    for code in (c for c in range(0x110000) if not 0xD800 <= c < 0xE000):
        assert orjson.dumps(chr(code)).decode("utf-8") == reference(chr(code)), hex(code)


def test_the_models_have_no_float_field() -> None:
    """dumps_indented's premise: orjson and json write floats differently (`1e16` and `1e+16`)."""
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
        assert dumps_indented(json.loads(text)) + "\n" == text, path
