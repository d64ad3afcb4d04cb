"""Property tests: mutated annotations never crash the validator; the compiled schema (the fast path),
pydantic and the `jsonschema` library (the detailed way) accept the same documents."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pydantic
from conftest import FIXTURE_ID, VALID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natopress.canonical import Kind
from natopress.model import Registry, Release
from natopress.validate.checks.files import check_json_bytes
from natopress.validate.codes import all_codes
from natopress.validate.layers import fast_path
from natopress.validate.runner import validate
from natopress.validate.schema_errors import schema_validator

BASE_RELEASE = json.loads((VALID / f"{FIXTURE_ID}.json").read_text(encoding="utf-8"))
BASE_REGISTRY = json.loads((VALID / "registry.json").read_text(encoding="utf-8"))
KNOWN_CODES = {c.code for c in all_codes()}

TRICKY_STRINGS = [
    "",
    " ",
    "q1",
    "q1\n",
    "q01",
    "Q1",
    "x",
    "x\n",
    "jens-stoltenberg",
    "jens-stoltenberg\n",
    "Jens",
    "a--b",
    "2021-07-01",
    "2021-07-01\n",
    "2021-02-30",
    "20210701",
    "1625097600",
    "2021-7-1",
    "+2021-07-01",
    "2021-07-01T18:41:00",
    "2021-07-01T18:41",
    "2021-07-01 18:41:00",
    "2021-07-01T18:41:00Z",
    "2021-07-01T18:41:00.1234567",
    "2021-07-01T18:41:60",
    "2021-07-01T24:00:00",
    "2021-07-01T18:41:00+24:00",
    "2021-07-01T18:41:00+02:00",
    "https://www.nato.int/x",
    "https://www.nato.int/\u00e9",
    "http://a b",
    "https://a\n",
    "fr",
    "fr-BE",
    "FR",
    "direct",
    "indirect",
    "mixed",
    "quote",
    "draft",
    "checked",
    "PER",
    "ORG",
    "LOC",
    "per",
    "news",
    "title",
    "body",
    "caption",
    "chrome",
    "date-block",
    "name",
    "nominal",
    "1.0",
    "1",
    "annotator-1",
    "annotator-1\n",
    "0" * 64,
    "0" * 63,
    "A" * 64,
    "\u00a0",
    "\ud7ff",
    "e\u0301",
]
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, -1, 100_000_000, 100_000_001, 5.0, 0.5, -0.0, 1e300]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(TRICKY_STRINGS),
    st.text(max_size=12),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["start", "end", "text", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)


def _containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every dict and list in `value`."""
    found = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found += _containers(item, (*path, key))
    elif isinstance(value, list):
        found.append(path)
        for i, item in enumerate(value):
            found += _containers(item, (*path, i))
    return found


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """`base` with 1-3 random edits: replace a value, delete a key, add a key, or drop a list item."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = _containers(doc)
        path = draw(st.sampled_from(paths))
        target: Any = doc
        for part in path:
            target = target[part]
        if isinstance(target, dict):
            keys = sorted(target)
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "add" or not keys:
                target[draw(st.sampled_from(["extra", "source", "span", "language", "value"]))] = draw(
                    json_values
                )
            elif action == "delete":
                del target[draw(st.sampled_from(keys))]
            else:
                target[draw(st.sampled_from(keys))] = draw(json_values)
        elif target:
            index = draw(st.integers(0, len(target) - 1))
            if draw(st.booleans()):
                del target[index]
            else:
                target[index] = draw(json_values)
    return doc


def _dumps(doc: Any) -> bytes:
    # json, not orjson: the documents hold integers beyond 64 bits on purpose.
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every value (containers and leaves) below the root of `value`."""
    found = [path] if path else []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, item in items:
        found += _paths(item, (*path, key))
    return found


SPECIAL_VALUES = [*TRICKY_STRINGS, 0, 5.0, -1, 2**64, 100_000_001, True, None, [], {}]


@st.composite
def one_value_replaced(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """`base` with one value, anywhere, replaced by a tricky one."""
    doc = copy.deepcopy(base)
    *parents, last = draw(st.sampled_from(_paths(doc)))
    target: Any = doc
    for part in parents:
        target = target[part]
    target[last] = draw(st.one_of(st.sampled_from(SPECIAL_VALUES), json_values))
    return doc


def _model_accepts(model: type[pydantic.BaseModel], doc: Any) -> bool:
    try:
        model.model_validate_json(_dumps(doc), strict=True)
    except pydantic.ValidationError:
        return False
    return True


def _schema_accepts(kind: str, doc: Any) -> bool:
    return next(iter(schema_validator(kind).iter_errors(doc)), None) is None


def _all_agree(model: type[Release] | type[Registry], kind: Kind, doc: Any) -> bool:
    """True when pydantic, the `jsonschema` library and the compiled schema (the runner's fast path, on the
    value the file layer parses) all accept `doc` or all refuse it; and when they accept it, the fast path's
    canonical data is the model's dump (what the checks and NP018 read)."""
    raw = _dumps(doc)
    accepted = _model_accepts(model, doc)
    if accepted != _schema_accepts(kind, doc):
        return False
    value = check_json_bytes(raw, "f.json").value
    if value is None:  # the file layer refuses it (NP010-NP013): no schema layer runs
        return True
    data = fast_path(value, kind)
    if not accepted:
        return data is None
    dump = model.model_validate_json(raw, strict=True).model_dump(mode="json", by_alias=True)
    return data is not None and json.dumps(data) == json.dumps(dump)  # equal, keys in the same order


@settings(max_examples=400, deadline=None)
@given(mutated(BASE_RELEASE))
def test_fast_and_slow_paths_agree_on_releases(doc: dict[str, Any]) -> None:
    assert _all_agree(Release, "release", doc)


@settings(max_examples=200, deadline=None)
@given(mutated(BASE_REGISTRY))
def test_fast_and_slow_paths_agree_on_registries(doc: dict[str, Any]) -> None:
    assert _all_agree(Registry, "registry", doc)


@settings(max_examples=600, deadline=None)
@given(one_value_replaced(BASE_RELEASE))
def test_paths_agree_on_single_replacements(doc: dict[str, Any]) -> None:
    assert _all_agree(Release, "release", doc)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TRICKY_STRINGS), st.sampled_from(["published", "updated", "event_date"]))
def test_paths_agree_on_dates(value: str, field: str) -> None:
    doc = copy.deepcopy(BASE_RELEASE)
    doc["metadata"][field] = {"span": None, "source": "tests", "value": value}
    assert _all_agree(Release, "release", doc)


def _run(release: bytes, registry: bytes | None = None) -> set[str]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / f"{FIXTURE_ID}.json").write_bytes(release)
        shutil.copyfile(VALID / f"{FIXTURE_ID}.txt", root / f"{FIXTURE_ID}.txt")
        (root / "registry.json").write_bytes(registry or (VALID / "registry.json").read_bytes())
        return {f.code for f in validate(root).findings}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(BASE_RELEASE), mutated(BASE_REGISTRY), st.booleans())
def test_mutated_documents_give_findings_never_exceptions(
    release: dict[str, Any], registry: dict[str, Any], mutate_registry: bool
) -> None:
    registry_bytes = _dumps(registry) if mutate_registry else None
    found = _run(_dumps(release), registry_bytes)
    assert found <= KNOWN_CODES


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=64), st.integers(0, 4000), st.integers(0, 200))
def test_byte_level_damage_gives_findings_never_exceptions(junk: bytes, at: int, cut: int) -> None:
    raw = (VALID / f"{FIXTURE_ID}.json").read_bytes()
    damaged = raw[:at] + junk + raw[at + cut :]
    found = _run(damaged)
    assert found <= KNOWN_CODES
    if damaged != raw:
        assert found or json.loads(damaged) is not None  # unchanged meaning (e.g. white space) may pass
