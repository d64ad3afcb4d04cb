"""The committed schema/ is what the models generate, and model and schema agree on known cases."""

from __future__ import annotations

import copy
import json
from typing import Any

import pydantic
import pytest
from conftest import FIXTURE_ID, VALID

from natopress.model import Release
from natopress.schema import expected_files
from natopress.validate.layers import fast_path
from natopress.validate.schema_errors import schema_validator

BASE = json.loads((VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(expected_files()), ids=lambda p: p.name)
def test_committed_schema_is_fresh(path: Any) -> None:
    assert path.read_text(encoding="utf-8") == expected_files()[path], "run `natopress schema`"


def _with(pointer: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    target = doc
    for part in pointer[:-1]:
        target = target[part]
    target[pointer[-1]] = value
    return doc


CASES = [
    (("metadata", "published", "value"), "2000-01-01", True),
    (("metadata", "published", "value"), "946684800", False),  # pydantic alone takes a timestamp
    (("metadata", "published", "value"), "2000-02-30", False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01T10:00:00"}, True),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01 10:00:00"}, False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01T10:00"}, False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01T10:00:00+02:00"}, True),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-02-30T10:00:00"}, False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01T10:00:00+24:00"}, False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01"}, True),  # no time shown
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-02-30"}, False),
    (("metadata", "updated"), {"span": None, "source": "x", "value": "2000-01-01T"}, False),
    (("metadata", "provenance", "url"), "https://www.nato.int/cps/fr/natohq/news_185631.htm", True),
    (("metadata", "provenance", "url"), "https://www.nato.int/\u00e9", False),
    (("quotes", 0, "id"), "q1\n", False),  # Python's `$` alone would take the newline
    (("quotes", 0, "content", "start"), 186.0, False),  # JSON Schema alone would take 186.0
    (("quotes", 0, "content", "start"), True, False),
    (("metadata", "published", "span"), None, True),  # evidence emptiness is a semantic check (NP504)
    (("quotes", 0, "content", "end"), 0, True),  # end > start is a semantic check (NP103)
]


@pytest.mark.parametrize(("pointer", "value", "accepted"), CASES)
def test_model_and_schema_agree(pointer: tuple[Any, ...], value: Any, accepted: bool) -> None:
    doc = _with(pointer, value)
    schema_ok = not list(schema_validator("release").iter_errors(doc))
    try:
        Release.model_validate_json(json.dumps(doc), strict=True)
        model_ok = True
    except pydantic.ValidationError:
        model_ok = False
    compiled_ok = fast_path(doc, "release") is not None
    assert (schema_ok, model_ok, compiled_ok) == (accepted, accepted, accepted)
