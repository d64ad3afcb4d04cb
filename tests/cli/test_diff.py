"""`natopress diff`: matching and change detection, text/JSON output, folders and git revisions."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CRLF, SEED, WORKFLOW

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.model import MentionKind, QuoteType, Release, SegmentKind, Span
from natopress.paths import ANNOTATIONS_DIR
from natopress.serialize import write_model
from natopress.tools.diff import Change, Snapshot, diff_corpora, diff_release, match_quotes


def load(release_id: str, root: Path = WORKFLOW) -> Release:
    return Corpus(root).load(release_id).release


def with_quote(release: Release, index: int, **update: object) -> Release:
    quotes = list(release.quotes)
    quotes[index] = quotes[index].model_copy(update=update)
    return release.model_copy(update={"quotes": quotes})


def test_identical_release_has_no_differences() -> None:
    release = load(SEED)
    assert not diff_release(release, release)


def test_quote_type_change_is_the_only_change() -> None:
    old = load(SEED)
    diff = diff_release(old, with_quote(old, 1, type=QuoteType.INDIRECT))
    assert diff.fields == () and not diff.segments and not diff.mentions
    assert diff.quotes.added == () and diff.quotes.removed == ()
    assert [(c.key, c.changes) for c in diff.quotes.changed] == [
        ("q2", (Change("type", "direct", "indirect"),))
    ]


def test_quote_span_speaker_and_cue_changes() -> None:
    old = load(SEED)
    q1 = old.quotes[0]
    shorter = Span(start=q1.content.start, end=q1.content.end - 7, text=q1.content.text[:-7])
    new = with_quote(old, 0, content=shorter, speaker=None, cue=None)
    (item,) = diff_release(old, new).quotes.changed
    assert item.key == "q1"
    assert [c.field for c in item.changes] == ["content", "speaker", "cue"]
    assert item.changes[0].new == {"start": 714, "end": 978, "text": q1.content.text[:-7]}
    assert item.changes[1] == Change("speaker", "jens-stoltenberg", None)
    assert item.changes[2].new is None


def test_inserted_quote_is_one_addition_even_when_ids_shift() -> None:
    old = load(SEED)
    first = old.quotes[0]
    extra = first.model_copy(update={"id": "q1", "content": Span(start=203, end=211, text="Ce jeudi")})
    renumbered = [
        q.model_copy(update={"id": f"q{n + 2}", "continues": q.continues and f"q{int(q.continues[1:]) + 1}"})
        for n, q in enumerate(old.quotes)
    ]
    new = old.model_copy(update={"quotes": [extra, *renumbered]})
    assert match_quotes(old.quotes, new.quotes) == [(0, 1), (1, 2), (2, 3), (3, 4)]
    diff = diff_release(old, new)
    assert [q["content"]["text"] for q in diff.quotes.added] == ["Ce jeudi"]
    assert diff.quotes.removed == ()
    # the renumbering shows as id changes (and q4's `continues` follows q3 -> q4)
    assert [(c.key, [x.field for x in c.changes]) for c in diff.quotes.changed] == [
        ("q1->q2", ["id"]),
        ("q2->q3", ["id"]),
        ("q3->q4", ["id"]),
        ("q4->q5", ["id", "continues"]),
    ]


def test_mention_entity_and_kind_changes_and_removal() -> None:
    old = load(SEED)
    mentions = list(old.mentions)
    mentions[1] = mentions[1].model_copy(update={"entity": "kosovo", "kind": MentionKind.NAME})
    removed = mentions.pop(0)
    diff = diff_release(old, old.model_copy(update={"mentions": mentions}))
    assert diff.mentions.removed == (removed.model_dump(mode="json"),)
    assert diff.mentions.added == ()
    (item,) = diff.mentions.changed
    assert item.key == "[232:263] le secrétaire général de l’OTAN"
    assert item.changes == (Change("entity", "jens-stoltenberg", "kosovo"), Change("kind", "nominal", "name"))


def test_segment_and_metadata_changes() -> None:
    old = load(CRLF)
    segments = list(old.segments)
    segments[0] = segments[0].model_copy(update={"kind": SegmentKind.BODY, "language": "en"})
    metadata = old.metadata.model_copy(update={"language": "en"})
    diff = diff_release(old, old.model_copy(update={"segments": segments, "metadata": metadata}))
    assert diff.fields == (Change("/metadata/language", "fr", "en"),)
    (item,) = diff.segments.changed
    assert item.key == "[0:13] Titre d’essai"
    assert item.changes == (Change("kind", "title", "body"), Change("language", None, "en"))


def test_registry_and_release_set_changes() -> None:
    corpus = Corpus(WORKFLOW)
    registry = corpus.load_registry()
    entities = [e for e in registry.entities if e.id != "kfor"]
    entities[0] = entities[0].model_copy(update={"name": "Bruxelles-Capitale"})
    old = Snapshot({SEED: load(SEED), CRLF: load(CRLF)}, registry)
    new = Snapshot({SEED: load(SEED)}, registry.model_copy(update={"entities": entities}))
    diff = diff_corpora(old, new)
    assert diff.removed_releases == (CRLF,) and diff.added_releases == () and diff.releases == ()
    assert [e["id"] for e in diff.registry.removed] == ["kfor"]
    assert [(c.key, c.changes) for c in diff.registry.changed] == [
        ("bruxelles", (Change("name", "Bruxelles", "Bruxelles-Capitale"),))
    ]


def changed_copy(source: Path, target: Path, release_id: str) -> Path:
    """A copy of a corpus folder in which the second quote of `release_id` became indirect."""
    shutil.copytree(source, target)
    release = load(release_id, target)
    write_model(target / f"{release_id}.json", with_quote(release, 1, type=QuoteType.INDIRECT))
    return target


def test_cli_text_output_names_exactly_the_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = changed_copy(WORKFLOW, tmp_path / "new", SEED)
    assert main(["diff", str(WORKFLOW), str(new)]) == 0
    assert capsys.readouterr().out == (
        f"release {SEED}: changed\n"
        '  quote q2: type: "direct" -> "indirect"\n'
        "0 release(s) added, 0 removed, 1 changed; registry unchanged\n"
    )


def test_cli_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = changed_copy(WORKFLOW, tmp_path / "new", SEED)
    assert main(["diff", str(WORKFLOW), str(new), "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["equal"] is False
    assert list(data["releases"]["changed"]) == [SEED]
    assert data["releases"]["changed"][SEED]["quotes"]["changed"] == [
        {"key": "q2", "changes": [{"field": "type", "old": "direct", "new": "indirect"}]}
    ]
    assert out == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_cli_same_folder_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(WORKFLOW), str(WORKFLOW)]) == 0
    assert capsys.readouterr().out == "no differences\n"


def test_cli_bad_inputs_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(WORKFLOW), str(tmp_path / "missing-and-no-revision")]) == 1
    assert "neither a corpus folder nor a git revision" in capsys.readouterr().err
    broken = tmp_path / "broken"
    shutil.copytree(WORKFLOW, broken)
    (broken / f"{CRLF}.json").write_text('{"id": 3}', encoding="utf-8")
    assert main(["diff", str(WORKFLOW), str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken / CRLF}.json: /id: Input should be a valid string" in err
    a_file = broken / f"{CRLF}.txt"
    assert main(["diff", str(a_file), str(WORKFLOW)]) == 1
    assert "not a folder" in capsys.readouterr().err


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_cli_git_revisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(WORKFLOW, repo / "annotations")
    git(repo, "init", "-q")
    git(repo, "add", "annotations")
    git(repo, "commit", "-q", "-m", "one")
    release = load(SEED, repo / "annotations")
    write_model(repo / "annotations" / f"{SEED}.json", with_quote(release, 1, type=QuoteType.INDIRECT))
    git(repo, "commit", "-q", "-am", "two")
    monkeypatch.chdir(repo)
    assert main(["diff", "HEAD~1", "HEAD"]) == 0
    assert 'quote q2: type: "direct" -> "indirect"' in capsys.readouterr().out
    assert main(["diff", "HEAD", "annotations"]) == 0
    assert capsys.readouterr().out == "no differences\n"
    assert main(["diff", "no-such-rev", "HEAD"]) == 1
    assert "no-such-rev: neither a corpus folder nor a git revision" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------- real corpus


def real_ids() -> list[str]:
    return Corpus(ANNOTATIONS_DIR).release_ids()


@pytest.mark.skipif(not real_ids(), reason="no annotations yet")
def test_real_corpus_against_itself_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(ANNOTATIONS_DIR), str(ANNOTATIONS_DIR)]) == 0
    assert capsys.readouterr().out == "no differences\n"


@pytest.mark.skipif(not real_ids(), reason="no annotations yet")
@pytest.mark.parametrize("release_id", real_ids())
def test_real_corpus_one_quote_changed(
    release_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = load(release_id, ANNOTATIONS_DIR)
    quote = old.quotes[1]
    other = "indirect" if quote.type is QuoteType.DIRECT else "direct"
    new = changed_copy(ANNOTATIONS_DIR, tmp_path / "new", release_id)
    if quote.type is not QuoteType.DIRECT:
        write_model(new / f"{release_id}.json", with_quote(old, 1, type=QuoteType.DIRECT))
    assert main(["diff", str(ANNOTATIONS_DIR), str(new)]) == 0
    assert capsys.readouterr().out == (
        f"release {release_id}: changed\n"
        f'  quote {quote.id}: type: "{quote.type.value}" -> "{other}"\n'
        "0 release(s) added, 0 removed, 1 changed; registry unchanged\n"
    )


def test_cli_added_and_removed_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new"
    shutil.copytree(WORKFLOW, new)
    release = load(CRLF, new)
    write_model(
        new / f"{CRLF}.json",
        release.model_copy(update={"quotes": release.quotes[:1], "mentions": release.mentions[1:]}),
    )
    assert main(["diff", str(WORKFLOW), str(new)]) == 0
    assert capsys.readouterr().out == (
        f"release {CRLF}: changed\n"
        "  quote q2 removed: direct [116:133] «ceci est un essai» speaker=dupont\n"
        "  mention [62:68] removed: dupont (name) «Dupont»\n"
        "0 release(s) added, 0 removed, 1 changed; registry unchanged\n"
    )
    assert main(["diff", str(new), str(WORKFLOW)]) == 0
    assert (
        "  quote q2 added: direct [116:133] «ceci est un essai» speaker=dupont\n" in capsys.readouterr().out
    )


def test_quote_with_new_id_and_new_span_matches_by_overlap() -> None:
    old = load(CRLF)
    q2 = old.quotes[1]
    longer = Span(start=q2.content.start - 2, end=q2.content.end + 2, text=f"« {q2.content.text} »")
    new = with_quote(old, 1, id="q7", content=longer)
    (item,) = diff_release(old, new).quotes.changed
    assert item.key == "q2->q7"
    assert [c.field for c in item.changes] == ["id", "content"]
    assert item.changes[1].new == {"start": 114, "end": 135, "text": "« ceci est un essai »"}


def test_cli_empty_folder_is_not_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path), str(WORKFLOW)]) == 1
    assert f"{tmp_path}: no release annotations (*.json) and no registry.json" in capsys.readouterr().err


def test_render_registry_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new"
    shutil.copytree(WORKFLOW, new)
    registry = Corpus(new).load_registry()
    entities = [e for e in registry.entities if e.id != "kfor"]
    entities[0] = entities[0].model_copy(update={"aliases": ["Brussel"], "subtype": None})
    write_model(new / "registry.json", registry.model_copy(update={"entities": entities}))
    assert main(["diff", str(WORKFLOW), str(new)]) == 0
    assert capsys.readouterr().out == (
        "registry: changed\n"
        '  entity kfor removed: ORG "KFOR"\n'
        '  entity bruxelles: subtype: "city" -> null\n'
        '  entity bruxelles: aliases: [] -> ["Brussel"]\n'
        "0 release(s) added, 0 removed, 0 changed; registry changed\n"
    )
