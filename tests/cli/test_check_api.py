"""`natopress check`'s server without a browser: token, host, ids, sizes, refusals, save, restore, check."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from natopress.cli import main
from natopress.paths import REPO_ROOT
from natopress.tools.check import app as check_app
from natopress.tools.check.app import TOKEN_HEADER, create_app
from natopress.tools.check.candidate import key_of_pointer, normalized, search_entities, suggestion_keys
from natopress.tools.check.session import GUIDELINES_VERSION, HISTORY_DIR, CheckSession
from natopress.validate.runner import validate

CHECK_DATA = Path(__file__).parents[1] / "data" / "check"
RELEASE = "2025-03-12-fr-fixture-check"
TOKEN = "t0ken-for-tests"
TODAY = dt.date(2025, 3, 14)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CHECK_DATA / "corpus", tmp_path / "corpus"))


@pytest.fixture
def client(root: Path) -> TestClient:
    app = create_app(CheckSession(root, today=lambda: TODAY), RELEASE, TOKEN)
    return TestClient(app, base_url="http://127.0.0.1", headers={TOKEN_HEADER: TOKEN})


def _state(client: TestClient) -> dict:
    response = client.get(f"/api/releases/{RELEASE}")
    assert response.status_code == 200
    return response.json()


def _all_decided(state: dict) -> dict:
    return {key: "accepted" for key in state["suggestions"]}


def test_page_needs_the_token(client: TestClient) -> None:
    assert client.get("/", headers={TOKEN_HEADER: ""}).status_code == 403
    assert client.get("/?token=wrong", headers={TOKEN_HEADER: ""}).status_code == 403
    page = client.get(f"/?token={TOKEN}", headers={TOKEN_HEADER: ""})
    assert page.status_code == 200
    assert f'data-release="{RELEASE}"' in page.text
    assert "Content-Security-Policy" in page.text


def test_api_needs_the_token(client: TestClient) -> None:
    assert client.get(f"/api/releases/{RELEASE}", headers={TOKEN_HEADER: "nope"}).status_code == 403
    assert (
        client.post(f"/api/releases/{RELEASE}/save", headers={TOKEN_HEADER: ""}, json={}).status_code == 403
    )


def test_only_loopback_host_names(client: TestClient) -> None:
    assert client.get(f"/?token={TOKEN}", headers={"host": "evil.example"}).status_code == 400
    assert client.get(f"/?token={TOKEN}", headers={"host": "localhost"}).status_code == 200


@pytest.mark.parametrize("ident", ["2021-07-01-fr-news-185631", "..", "registry", "%2e%2e%2fregistry"])
def test_only_release_ids_of_the_corpus(client: TestClient, ident: str) -> None:
    assert client.get(f"/api/releases/{ident}").status_code == 404
    assert client.post(f"/api/releases/{ident}/save", json={"release": {}}).status_code == 404


def test_request_size_is_limited(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_app, "MAX_BODY", 1000)
    response = client.post(f"/api/releases/{RELEASE}/save", content=b"{" + b" " * 2000 + b"}")
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[]", 400),
        (b'{"release": 3}', 400),
        (b'{"release": {}, "decisions": {"x": "ok"}}', 400),
    ],
)
def test_malformed_requests_are_refused(client: TestClient, body: bytes, status: int) -> None:
    response = client.post(f"/api/releases/{RELEASE}/save", content=body)
    assert response.status_code == status
    assert "error" in response.json()


@pytest.mark.parametrize(
    ("layer", "value", "code"),
    [
        ("mentions", 5, "NP022"),
        ("mentions", [5], "NP022"),
        ("quotes", [{"id": 3}], "NP021"),
        ("segments", None, "NP022"),
    ],
)
def test_malformed_annotations_are_findings(client: TestClient, layer: str, value: object, code: str) -> None:
    release = _state(client)["release"]
    release[layer] = value
    response = client.post(f"/api/releases/{RELEASE}/save", json={"release": release})
    assert response.status_code == 422
    assert code in {f["code"] for f in response.json()["findings"]}


def test_state_lists_every_suggestion(client: TestClient) -> None:
    state = _state(client)
    assert state["suggestions"][:2] == ["segment:0", "segment:1"]
    assert len(state["suggestions"]) == 5 + 2 + 10 + 4
    assert state["release"]["mentions"][0]["_key"] == "mention:0"
    assert state["entities"]["ilse-varga"] == {"type": "PER", "name": "Ilse Varga"}
    assert state["locked"] is False


def test_save_with_an_error_writes_nothing(client: TestClient, root: Path) -> None:
    before = (root / f"{RELEASE}.json").read_bytes()
    state = _state(client)
    release = state["release"]
    chrome_otan = {"start": 52, "end": 56, "text": "OTAN"}
    release["mentions"].append({"span": chrome_otan, "entity": "nato", "kind": "name", "_key": "new:1"})
    response = client.post(f"/api/releases/{RELEASE}/save", json={"release": release, "decisions": {}})
    assert response.status_code == 422
    codes = {(f["code"], f["key"]) for f in response.json()["findings"] if f["severity"] == "error"}
    assert codes == {("NP202", "new:1")}
    assert (root / f"{RELEASE}.json").read_bytes() == before
    assert not (root / HISTORY_DIR).exists()


def test_save_keeps_the_previous_version_and_restores_it(client: TestClient, root: Path) -> None:
    path = root / f"{RELEASE}.json"
    before = path.read_text("utf-8")
    state = _state(client)
    release = state["release"]
    del release["mentions"][9]  # the wrong `Kovena` -> ostravia suggestion
    body = {"release": release, "decisions": {"mention:9": "rejected"}}
    response = client.post(f"/api/releases/{RELEASE}/save", json=body)
    assert response.status_code == 200, response.json()
    saved = response.json()["state"]
    assert saved["decisions"] == {"mention:9": "rejected"}
    assert [m["_key"] for m in saved["release"]["mentions"]][-1] == "mention:8"
    assert "Kovena" not in [m["span"]["text"] for m in json.loads(path.read_text("utf-8"))["mentions"]]
    assert (root / HISTORY_DIR / f"{RELEASE}.previous.json").read_text("utf-8") == before
    restored = client.post(f"/api/releases/{RELEASE}/restore")
    assert restored.status_code == 200
    assert path.read_text("utf-8") == before
    assert restored.json()["decisions"] == {}


def test_progress_is_dropped_when_the_file_was_edited_by_hand(client: TestClient, root: Path) -> None:
    state = _state(client)
    del state["release"]["mentions"][9]
    body = {"release": state["release"], "decisions": {"mention:9": "rejected", "segment:0": "accepted"}}
    assert client.post(f"/api/releases/{RELEASE}/save", json=body).status_code == 200
    assert _state(client)["decisions"] == body["decisions"]
    path = root / f"{RELEASE}.json"
    path.write_text(path.read_text("utf-8").replace('"kind": "nominal"', '"kind": "name"') + "\n", "utf-8")
    fresh = _state(client)
    assert fresh["decisions"] == {}
    assert len(fresh["suggestions"]) == 20


def test_mark_checked_needs_every_suggestion_decided(client: TestClient, root: Path) -> None:
    state = _state(client)
    decisions = _all_decided(state)
    del decisions["metadata:title"]
    body = {"release": state["release"], "decisions": decisions, "handle": "annotator-1"}
    response = client.post(f"/api/releases/{RELEASE}/check", json=body)
    assert response.status_code == 409
    assert "1 suggestion(s)" in response.json()["error"]
    body["decisions"] = _all_decided(state)
    assert client.post(f"/api/releases/{RELEASE}/check", json={**body, "handle": "Bob"}).status_code == 400


def test_mark_checked_records_who_when_and_guidelines(client: TestClient, root: Path) -> None:
    state = _state(client)
    body = {"release": state["release"], "decisions": _all_decided(state), "handle": "annotator-2"}
    response = client.post(f"/api/releases/{RELEASE}/check", json=body)
    assert response.status_code == 200, response.json()
    annotation = json.loads((root / f"{RELEASE}.json").read_text("utf-8"))["annotation"]
    assert (annotation["status"], annotation["checked_by"]) == ("checked", ["annotator-2"])
    assert (annotation["checked_on"], annotation["guidelines"]) == ("2025-03-14", GUIDELINES_VERSION)
    assert validate(root, strict=True).ok
    # A checked release is locked: no save, no restore, until it is reopened explicitly.
    locked = _state(client)
    assert locked["locked"] is True and locked["suggestions"] == []
    save = {"release": locked["release"], "decisions": {}}
    assert client.post(f"/api/releases/{RELEASE}/save", json=save).status_code == 409
    assert client.post(f"/api/releases/{RELEASE}/restore").status_code == 409
    reopened = client.post(f"/api/releases/{RELEASE}/reopen").json()
    assert reopened["locked"] is False and len(reopened["suggestions"]) == 21
    assert client.post(f"/api/releases/{RELEASE}/save", json=save).status_code == 200
    assert json.loads((root / f"{RELEASE}.json").read_text("utf-8"))["annotation"]["status"] == "draft"


@pytest.mark.parametrize(
    ("words", "value"),
    [("Ce mercredi (12 mars 2025)", "2025-03-12"), ("Mis à jour le: 12 Mar. 2025 17:05", "2025-03-12T17:05:00"),
     ("Ilse Varga", None)],
)  # fmt: skip
def test_date_read_from_a_span(client: TestClient, root: Path, words: str, value: str | None) -> None:
    start = (root / f"{RELEASE}.txt").read_text("utf-8").index(words)
    response = client.get(f"/api/releases/{RELEASE}/date", params={"start": start, "end": start + len(words)})
    assert response.json() == {"value": value}


@pytest.mark.parametrize(("start", "end"), [("3", "2"), ("0", "100000"), ("-1", "4"), ("a", "4")])
def test_date_refuses_offsets_outside_the_text(client: TestClient, start: str, end: str) -> None:
    response = client.get(f"/api/releases/{RELEASE}/date", params={"start": start, "end": end})
    assert response.status_code == 400


def test_registry_search(client: TestClient) -> None:
    found = client.get("/api/registry", params={"q": "varga"}).json()
    assert [e["id"] for e in found] == ["ilse-varga"]
    assert [e["id"] for e in client.get("/api/registry", params={"q": "ostrav"}).json()] == ["ostravia"]


def test_search_ignores_case_and_accents() -> None:
    entities = [
        {"id": "a", "name": "Jörg Rüter", "aliases": []},
        {"id": "otan", "name": "OTAN", "aliases": []},
    ]
    assert [e["id"] for e in search_entities(entities, "ruter")] == ["a"]
    assert [e["id"] for e in search_entities(entities, "otan")] == ["otan", "a"][:1]


def test_normalized_orders_items_and_renumbers_quotes() -> None:
    def span(start: int, end: int) -> dict:
        return {"start": start, "end": end, "text": "x" * (end - start)}

    release = {
        "segments": [],
        "quotes": [
            {"id": "q1", "content": span(50, 60), "continues": None, "_key": "quote:q1"},
            {"id": "q905", "content": span(10, 20), "continues": None, "_key": "new:5"},
            {"id": "q2", "content": span(70, 80), "continues": "q1", "_key": "quote:q2"},
        ],
        "mentions": [
            {"span": span(5, 8), "_key": "mention:1"},
            {"span": span(5, 9), "_key": "mention:0"},
        ],
    }
    out, origins = normalized(release)
    assert [(q["id"], q["continues"]) for q in out["quotes"]] == [("q1", None), ("q2", None), ("q3", "q2")]
    assert origins == {
        "segments": [],
        "quotes": ["new:5", "quote:q1", "quote:q2"],
        "mentions": ["mention:0", "mention:1"],
    }
    assert all("_key" not in m for m in out["mentions"])
    assert key_of_pointer("/mentions/1/span/end", origins) == "mention:1"
    assert key_of_pointer("/metadata/title/value", origins) == "metadata:title"
    assert key_of_pointer("/annotation/status", origins) is None


def test_suggestion_keys_skip_null_facts() -> None:
    release = {"segments": [{}], "quotes": [{"id": "q1"}], "mentions": [], "metadata": {"title": None}}
    assert suggestion_keys(release) == ["segment:0", "quote:q1"]


def test_guidelines_version_is_the_documents() -> None:
    text = (REPO_ROOT / "ANNOTATION_GUIDELINES.md").read_text("utf-8")
    match = re.search(r"^Version \*\*([0-9.]+)\*\*", text, re.MULTILINE)
    assert match is not None and match.group(1) == GUIDELINES_VERSION


def test_command_refuses_an_unknown_release(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no-such-release", "--root", str(root), "--no-browser"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["check", RELEASE, "--root", str(root), "--port", "70000", "--no-browser"]) == 2


def test_mark_checked_accepts_the_proposals_still_linked_and_drops_the_others(
    client: TestClient, root: Path
) -> None:
    """A draft's proposed entity that a mention still refers to goes into the registry at "mark checked";
    one nothing refers to is dropped; the checked release holds no proposal (NP508) and validates strictly."""
    state = _state(client)
    release = state["release"]
    person = next(m for m in release["mentions"] if m["entity"] and m["kind"] == "name")
    linked = {"id": "proposed-person", "type": "PER", "subtype": None, "name": person["span"]["text"]}
    unused = {"id": "proposed-unused", "type": "ORG", "subtype": None, "name": "Unused"}
    for entity in (linked, unused):
        entity |= {"aliases": [], "roles": [], "replaced_by": None}
    for mention in release["mentions"]:
        if mention["entity"] == person["entity"]:
            mention["entity"] = "proposed-person"
    for quote in release["quotes"]:
        if quote.get("speaker") == person["entity"]:
            quote["speaker"] = "proposed-person"
    release["proposed_entities"] = [linked, unused]
    body = {"release": release, "decisions": _all_decided(state), "handle": "annotator-2"}
    response = client.post(f"/api/releases/{RELEASE}/check", json=body)
    assert response.status_code == 200, response.json()
    saved = json.loads((root / f"{RELEASE}.json").read_text("utf-8"))
    assert "proposed_entities" not in saved or saved["proposed_entities"] == []
    registry_ids = {e["id"] for e in json.loads((root / "registry.json").read_text("utf-8"))["entities"]}
    assert "proposed-person" in registry_ids and "proposed-unused" not in registry_ids
    assert validate(root, strict=True).ok
