"""`natopress ingest` on the two seeds (against their checked annotations, tests/data/seeds) and its refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.draft.ingest import draft_release, release_key, slug
from natopress.model import AnnotationStatus, MentionKind, Registry, Release
from natopress.paths import REPO_ROOT
from natopress.validate.runner import validate

SHARED = REPO_ROOT.parent / "shared" / "seeds"
"""Where CI and the developers keep shared/: beside the clone."""
FIXTURES = Path(__file__).parents[1] / "data" / "seeds"
"""The seeds' texts, checked annotations and registry, frozen as fixtures (tests/data/seeds/README.md)."""
SEED_IDS = {
    "000_a1df8842c2d8d225.txt": "2021-07-01-fr-news-185631",
    "004_b90f1af367aaaa82.txt": "2023-09-07-fr-nato-secretary-general-meets-ms-osmani",
}


def _source(release_id: str) -> Path:
    """The seed's verbatim text: the shared copy when present, else the fixture copy (same bytes)."""
    name = next(n for n, i in SEED_IDS.items() if i == release_id)
    return SHARED / name if (SHARED / name).exists() else FIXTURES / f"{release_id}.txt"


def _gold(release_id: str) -> Release:
    return Corpus.at(FIXTURES).load(release_id).release


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Path:
    """A corpus folder holding only the seeds' registry."""
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copyfile(FIXTURES / "registry.json", root / "registry.json")
    return root


def _ingest(root: Path, release_id: str, *extra: str) -> int:
    gold = _gold(release_id)
    source = _source(release_id)
    return main(
        ["ingest", str(source), "--url", str(gold.metadata.provenance.url), "--root", str(root), *extra]
    )


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir())}


@pytest.mark.parametrize("release_id", sorted(SEED_IDS.values()))
def test_seed_draft_matches_checked_annotation(empty_corpus: Path, release_id: str) -> None:
    """The draft finds every checked quote (span, type, cue, speaker), segment and metadata value."""
    assert _ingest(empty_corpus, release_id) == 0
    draft = Corpus.at(empty_corpus).load(release_id)
    gold = _gold(release_id)
    assert draft.text_path.read_bytes() == _source(release_id).read_bytes()
    assert draft.release.annotation.status is AnnotationStatus.DRAFT
    assert draft.release.annotation.checked_by == []
    assert draft.release.annotation.checked_on is None
    assert draft.release.metadata.text_sha256 == gold.metadata.text_sha256
    assert draft.release.metadata.provenance.original_filename == _source(release_id).name
    assert [(s.kind, s.span, s.language) for s in draft.release.segments] == [
        (s.kind, s.span, s.language) for s in gold.segments
    ]
    found = [
        (q.type, q.content, q.cue, q.speaker, q.speaker_mention, q.continues) for q in draft.release.quotes
    ]
    assert found == [
        (q.type, q.content, q.cue, q.speaker, q.speaker_mention, q.continues) for q in gold.quotes
    ]
    for field in ("title", "updated", "event_date"):
        assert getattr(draft.release.metadata, field) == getattr(gold.metadata, field), field
    assert draft.release.metadata.published.value == gold.metadata.published.value
    suggested = {(m.span, m.entity, m.kind) for m in draft.release.mentions}
    checked = {(m.span, m.entity, m.kind) for m in gold.mentions}
    assert suggested <= checked  # no false suggestion on the seeds
    assert {x for x in checked if x[2] is MentionKind.NAME} <= suggested  # every name found


def test_seed_draft_mentions_missed_are_the_nominal_ones(empty_corpus: Path) -> None:
    """What the registry cannot suggest: `l’Alliance` (a nominal mention no role names)."""
    release_id = "2021-07-01-fr-news-185631"
    assert _ingest(empty_corpus, release_id) == 0
    draft = Corpus.at(empty_corpus).load(release_id).release
    missed = {(m.span.text, m.entity) for m in _gold(release_id).mentions} - {
        (m.span.text, m.entity) for m in draft.mentions
    }
    assert missed == {("l’Alliance", "nato")}


def test_seed_drafts_validate(empty_corpus: Path) -> None:
    """Both drafts pass `natopress validate` (non-strict): the only findings are the draft warnings."""
    for release_id in SEED_IDS.values():
        assert _ingest(empty_corpus, release_id) == 0
    result = validate(empty_corpus)
    assert result.ok
    assert sorted(f.code for f in result.findings) == ["NP507", "NP507"]


def test_json_is_canonical(empty_corpus: Path) -> None:
    """Pretty-printed, `$schema` first, UTF-8 characters kept, final newline."""
    assert _ingest(empty_corpus, "2021-07-01-fr-news-185631") == 0
    raw = (empty_corpus / "2021-07-01-fr-news-185631.json").read_text("utf-8")
    assert raw.startswith('{\n  "$schema": "../schema/release.schema.json",\n  "schema_version": "1.0",\n')
    assert raw.endswith("}\n") and "secrétaire" in raw
    assert json.loads(raw)["annotation"]["status"] == "draft"


def test_reingest_refuses_without_force(empty_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release_id = "2021-07-01-fr-news-185631"
    assert _ingest(empty_corpus, release_id) == 0
    before = _snapshot(empty_corpus)
    capsys.readouterr()
    assert _ingest(empty_corpus, release_id) == 1
    assert "already in the corpus" in capsys.readouterr().err
    assert _snapshot(empty_corpus) == before
    (empty_corpus / f"{release_id}.json").write_text(
        (empty_corpus / f"{release_id}.json")
        .read_text("utf-8")
        .replace('"notes": "Draft', '"notes": "Edited'),
        "utf-8",
    )
    assert _ingest(empty_corpus, release_id, "--force") == 0
    assert '"notes": "Draft' in (empty_corpus / f"{release_id}.json").read_text("utf-8")


def test_force_never_overwrites_checked(empty_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release_id = "2023-09-07-fr-nato-secretary-general-meets-ms-osmani"
    for suffix in (".json", ".txt"):
        shutil.copyfile(FIXTURES / f"{release_id}{suffix}", empty_corpus / f"{release_id}{suffix}")
    before = _snapshot(empty_corpus)
    assert _ingest(empty_corpus, release_id, "--force") == 1
    assert "checked" in capsys.readouterr().err
    assert _snapshot(empty_corpus) == before


def test_unreadable_existing_annotation_is_kept(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release_id = "2021-07-01-fr-news-185631"
    (empty_corpus / f"{release_id}.json").write_text("{not json", "utf-8")
    before = _snapshot(empty_corpus)
    assert _ingest(empty_corpus, release_id, "--force") == 1
    assert "cannot tell whether it is checked" in capsys.readouterr().err
    assert _snapshot(empty_corpus) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty file"),
        (b" \n\xc2\xa0\n", "empty file"),
        (b"Titre\nCorps \xe9t\xe9\n", ":2: not UTF-8 (byte 12"),
        (b"\xef\xbb\xbfTitre\n", "byte-order mark"),
    ],
)
def test_bad_input_is_refused(
    empty_corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    message: str,
) -> None:
    source = tmp_path / "release.txt"
    if content is not None:
        source.write_bytes(content)
    before = _snapshot(empty_corpus)
    assert main(["ingest", str(source), "--root", str(empty_corpus)]) == 1
    err = capsys.readouterr().err
    assert str(source) in err and message in err
    assert "Traceback" not in err
    assert _snapshot(empty_corpus) == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--id", "Bad Id"], "--id 'Bad Id'"),
        (["--url", "https://example.org/a b"], "--url"),
        (["--url", "ftp://example.org/x"], "--url"),
    ],
)
def test_bad_options_are_refused(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    source = _source("2021-07-01-fr-news-185631")
    assert main(["ingest", str(source), "--root", str(empty_corpus), *options]) == 1
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in empty_corpus.iterdir()) == ["registry.json"]


def test_missing_corpus_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source("2021-07-01-fr-news-185631")
    assert main(["ingest", str(source), "--root", str(tmp_path / "nowhere")]) == 2
    assert "argument --root: no such folder" in capsys.readouterr().err


def test_no_registry_is_no_corpus_and_an_empty_one_suggests_no_mentions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source("2021-07-01-fr-news-185631")
    assert main(["ingest", str(source), "--root", str(tmp_path), "--id", "x-1"]) == 2
    assert "argument --root: not a corpus" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "registry.json").write_text('{"schema_version": "1.0", "entities": []}\n', "utf-8")
    assert main(["ingest", str(source), "--root", str(tmp_path), "--id", "x-1"]) == 0
    release = Corpus.at(tmp_path).load("x-1").release
    proposed = {e.id for e in release.proposed_entities}  # issue 14: an empty registry, only proposals
    assert release.mentions and {m.entity for m in release.mentions} <= proposed
    assert [q.speaker for q in release.quotes] == ["jens-stoltenberg"] * 5
    assert json.loads((tmp_path / "registry.json").read_text("utf-8"))["entities"] == []


@pytest.mark.parametrize(
    ("url", "title", "filename", "key"),
    [
        ("https://www.nato.int/cps/fr/natohq/news_185631.htm", "Titre", "a.txt", "news-185631"),
        ("https://www.nato.int/cps/en/natohq/news_99.htm?selectedLocale=en", None, None, "news-99"),
        (
            "https://www.nato.int/fr/news-and-events/articles/news/2023/09/07/"
            "nato-secretary-general-meets-ms-osmani-of-kosovo-to-discuss-tensions-in-northern-kosovo",
            None,
            None,
            "nato-secretary-general-meets-ms-osmani",
        ),
        ("https://www.nato.int/", "L’OTAN réaffirme son engagement envers la région et au-delà", None,
         "l-otan-reaffirme-son-engagement-envers"),
        (None, None, "004_b90f1af367aaaa82.txt", "004-b90f1af367aaaa82"),
        (None, "«»", "«».txt", "release"),
    ],
)  # fmt: skip
def test_release_key(url: str | None, title: str | None, filename: str | None, key: str) -> None:
    assert release_key(url, title, filename) == key


def test_slug_folds_accents() -> None:
    assert slug("Sécurité énergétique : Œuvrer à l’Élysée") == "securite-energetique-oeuvrer-a-l-elysee"


def test_same_text_twice_warns(empty_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source("2021-07-01-fr-news-185631")
    assert main(["ingest", str(source), "--root", str(empty_corpus), "--id", "first"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(source), "--root", str(empty_corpus), "--id", "second"]) == 0
    assert "same text as first.txt already in the corpus" in capsys.readouterr().err


def test_long_title_gives_a_valid_id(empty_corpus: Path) -> None:
    source = empty_corpus.parent / "long.txt"
    source.write_text("Anticonstitutionnellement" * 9 + " fin\n\nCorps du texte.\n", "utf-8")
    assert main(["ingest", str(source), "--root", str(empty_corpus)]) == 0
    (written,) = Corpus.at(empty_corpus).release_ids()
    assert written == "undated-und-" + ("anticonstitutionnellement" * 9)[:80]


def test_non_nfc_text_is_refused(empty_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = empty_corpus.parent / "nfd.txt"
    source.write_text("Re\u0301union des ministres\n\nLe texte.\n", "utf-8")
    assert main(["ingest", str(source), "--root", str(empty_corpus)]) == 1
    assert f"{source}:1:2: text is not in Unicode NFC" in capsys.readouterr().err


@pytest.mark.parametrize("release_id", sorted(SEED_IDS.values()))
def test_speakers_without_registry_roles(release_id: str) -> None:
    """With no roles in the registry, `le secrétaire général` resolves through the text's apposition
    (`le secrétaire général de l’OTAN, Jens Stoltenberg`), not to the last person named (a caption's)."""
    registry = Corpus.at(FIXTURES).load_registry()
    bare = Registry.model_validate(
        {"schema_version": "1.0", "entities": [e.model_copy(update={"roles": []}) for e in registry.entities]}
    )
    document = Corpus.at(FIXTURES).load(release_id)
    draft = draft_release(document.text, registry=bare)
    assert [q.speaker for q in draft.quotes] == [q.speaker for q in document.release.quotes]
