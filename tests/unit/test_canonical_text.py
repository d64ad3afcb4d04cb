"""The canonical text is `json.dumps(data, indent=2, ensure_ascii=False)` plus a newline (the form every
committed file has); natopress.canonical writes it with orjson, which must give the same text for any data."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.canonical import canonical_text

characters = st.characters(exclude_categories=["Cs"])  # any code point but a lone surrogate (not UTF-8)
scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(characters)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(characters, max_size=6), children)
    ),
    max_leaves=25,
)


SPECIAL = frozenset({"$schema", "proposed_entities", "quotes"})
"""Keys canonical_text treats apart (the `$schema` it fills in, the empty additions it leaves out)."""


@settings(max_examples=1000, deadline=None)
@given(st.dictionaries(st.text(characters, max_size=6).filter(lambda key: key not in SPECIAL), values))
def test_orjson_writes_what_the_standard_library_writes(data: dict[str, Any]) -> None:
    expected = json.dumps({"$schema": "../schema/release.schema.json", **data}, indent=2, ensure_ascii=False)
    assert canonical_text(data, "release") == expected + "\n"
