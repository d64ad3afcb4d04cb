"""Label Studio tasks and doccano JSONL: shapes the tools import, nested mentions, UTF-16 warnings, and
`import-label-studio` reading Label Studio's JSON export back exactly (round trip, refusals)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import CRLF, SEED, WORKFLOW, entity_types

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.export.label_studio import label_config, outside_bmp

TYPES = {"PER", "ORG", "LOC", "MISC"}


def export(tool: str, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(["export", tool, "--root", str(WORKFLOW), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_label_studio_tasks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = export("label-studio", tmp_path / "tasks.json", capsys)
    tasks = json.loads((tmp_path / "tasks.json").read_text("utf-8"))
    assert isinstance(tasks, list) and [t["data"]["release_id"] for t in tasks] == [CRLF, SEED]
    types = entity_types(WORKFLOW)
    for task in tasks:
        doc = Corpus(WORKFLOW).load(task["data"]["release_id"])
        assert task["data"]["text"] == doc.text
        (prediction,) = task["predictions"]
        result = prediction["result"]
        assert [(r["type"], r["from_name"], r["to_name"]) for r in result] == [
            ("labels", "label", "text")
        ] * len(doc.release.mentions)
        for region, mention in zip(result, doc.release.mentions, strict=True):
            assert region["value"] == {
                "start": mention.span.start,
                "end": mention.span.end,
                "text": mention.span.text,
                "labels": [types[mention.entity]],
            }
            assert region["meta"] == {"text": [f"entity={mention.entity} kind={mention.kind.value}"]}
    assert (tmp_path / "tasks.label-config.xml").read_text("utf-8") == label_config()
    assert all(f'<Label value="{t}"/>' in label_config() for t in TYPES)
    assert out.endswith("1 nested mention(s) kept\n")
    assert err == (
        f"{CRLF}: warning: 1 character(s) outside the BMP; Label Studio counts offsets in UTF-16 code units, "
        "so it shows the spans after them shifted\n"
    )


def test_doccano_sequence_labelling(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = export("doccano", tmp_path / "doccano.jsonl", capsys)
    lines = (tmp_path / "doccano.jsonl").read_text("utf-8").splitlines()
    types = entity_types(WORKFLOW)
    for line, rid in zip(lines, [CRLF, SEED], strict=True):
        row = json.loads(line)
        doc = Corpus(WORKFLOW).load(rid)
        assert row == {
            "text": doc.text,
            "label": [[m.span.start, m.span.end, types[m.entity]] for m in doc.release.mentions],
            "release_id": rid,
        }
        assert all(row["text"][s:e] for s, e, _ in row["label"])
    assert "1 nested mention(s) kept (enable overlapping spans in the doccano project)" in out
    assert "warning: 1 character(s) outside the BMP; doccano counts offsets in UTF-16" in err


def test_outside_bmp_counts_astral_characters() -> None:
    assert (outside_bmp("é€"), outside_bmp("a😀b𝔸")) == (0, 2)


# ---------------------------------------------------------------------------------------- import


def as_label_studio_export(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio exports after an annotator accepts each prediction and submits."""
    exported = []
    for number, task in enumerate(tasks, start=1):
        result = copy.deepcopy(task["predictions"][0]["result"])
        for region in result:
            region["origin"] = "prediction"
        annotation = {"id": number, "completed_by": 1, "result": result, "was_cancelled": False}
        exported.append({"id": number, "data": task["data"], "annotations": [annotation], "predictions": []})
    return exported


@pytest.fixture
def round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[dict[str, Any]]]:
    corpus = Path(shutil.copytree(WORKFLOW, tmp_path / "corpus"))
    export("label-studio", tmp_path / "tasks.json", capsys)
    return corpus, as_label_studio_export(json.loads((tmp_path / "tasks.json").read_text("utf-8")))


def run_import(corpus: Path, tasks: Any, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = corpus.parent / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    status = main(["import-label-studio", str(path), "--root", str(corpus)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_round_trip_is_unchanged(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    assert run_import(corpus, tasks, capsys) == (0, f"{CRLF}: unchanged\n{SEED}: unchanged\n", "")
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_edits_are_imported_and_validated(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    result = tasks[0]["annotations"][0]["result"]
    assert [r["value"]["text"] for r in result] == ["Dupont", "Bruxelles", "OTAN"]
    del result[:2]
    text = tasks[0]["data"]["text"]
    start = text.index("Bruxelles")
    # drawn again after the emoji: UTF-16 offsets, as Label Studio's editor counts them; the text says so
    value = {"start": start + 1, "end": start + 10, "text": "Bruxelles", "labels": ["LOC"]}
    meta = {"text": ["entity=bruxelles kind=name"]}
    result.append(
        {
            "id": "new1",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": value,
            "meta": meta,
        }
    )
    status, out, err = run_import(corpus, tasks, capsys)
    assert (status, err) == (0, "")
    assert out == f"{CRLF}: wrote draft {corpus / CRLF}.json\n{SEED}: unchanged\n"
    release = Corpus(corpus).load(CRLF).release
    assert [(m.span.start, m.span.end, m.span.text, m.entity) for m in release.mentions] == [
        (start, start + 9, "Bruxelles", "bruxelles"),
        (text.index("OTAN"), text.index("OTAN") + 4, "OTAN", "otan"),
    ]
    assert release.annotation.status.value == "draft"
    assert main(["validate", "--root", str(corpus)]) == 0


BAD_REGIONS = [
    (
        {"value": {"start": 73, "end": 82, "text": "Bruxelle", "labels": ["LOC"]}},
        "text 'Bruxelle' is not the source",
    ),
    (
        {"value": {"start": 73, "end": 82, "text": "Bruxelles", "labels": ["PER"]}},
        "label PER but bruxelles is LOC",
    ),
    (
        {"value": {"start": 73, "end": 82, "text": "Bruxelles", "labels": ["LOC", "ORG"]}},
        "expected one label",
    ),
    ({"meta": {}}, "needs `entity=<registry id> kind=name|nominal`"),
    ({"type": "choices"}, "natopress reads `labels` regions of `label` only"),
    (
        {"value": {"start": "73", "end": 82, "text": "Bruxelles", "labels": ["LOC"]}},
        "expected integers value.start",
    ),
    ({"value": {"start": 73, "end": 82, "labels": ["LOC"]}}, "no value.text to check 73:82 against"),
]


@pytest.mark.parametrize(("change", "message"), BAD_REGIONS, ids=[m for _, m in BAD_REGIONS])
def test_bad_regions_are_refused_naming_task_and_region(
    round_trip: tuple[Path, list[dict[str, Any]]],
    capsys: pytest.CaptureFixture[str],
    change: dict[str, Any],
    message: str,
) -> None:
    corpus, tasks = round_trip
    region = tasks[0]["annotations"][0]["result"][1]
    assert region["value"]["text"] == "Bruxelles"
    region.update(change)
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    status, out, err = run_import(corpus, tasks, capsys)
    assert status == 1 and out == ""
    assert err.startswith(f"natopress import-label-studio: {corpus.parent / 'export.json'}: ")
    assert f"task 0 ({CRLF}), region m2: " in err and message in err
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_checked_release_is_never_replaced(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    path = corpus / f"{SEED}.json"
    data = json.loads(path.read_text("utf-8"))
    data["annotation"].update(status="checked", checked_by=["annotator-1"], checked_on="2024-01-02")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    before = path.read_bytes()
    tasks[1]["annotations"][0]["result"].pop()
    status, out, err = run_import(corpus, tasks, capsys)
    assert status == 1 and out == f"{CRLF}: unchanged\n"
    assert f"{path}: is checked; import-label-studio never replaces it" in err
    assert path.read_bytes() == before


def test_crossing_mentions_fail_validation(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    text = tasks[0]["data"]["text"]
    start = text.index("à Bru")
    value = {"start": start, "end": start + 5, "text": "à Bru", "labels": ["PER"]}
    tasks[0]["annotations"][0]["result"][0]["value"] = value
    status, _, err = run_import(corpus, tasks, capsys)
    assert status == 1 and f"{corpus / CRLF}.json: NP403 /mentions/" in err


def test_offsets_without_text_are_read_where_code_points_and_utf16_agree(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    for region in tasks[1]["annotations"][0]["result"]:  # the seed release: no character outside the BMP
        del region["value"]["text"]
    assert run_import(corpus, tasks, capsys) == (0, f"{CRLF}: unchanged\n{SEED}: unchanged\n", "")


def test_not_one_submitted_annotation(
    round_trip: tuple[Path, list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, tasks = round_trip
    tasks[0]["annotations"].append(copy.deepcopy(tasks[0]["annotations"][0]))
    status, _, err = run_import(corpus, tasks, capsys)
    assert status == 1 and "expected one submitted annotation, found 2" in err
    status, _, err = run_import(corpus, {"tasks": tasks}, capsys)
    assert status == 1 and "expected a JSON array of tasks" in err
