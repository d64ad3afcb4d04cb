"""brat standoff export and `natopress import-brat`: exact round trip, fragments, refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CRLF, SEED, WORKFLOW, entity_types

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.export.brat import BratError, annotation_conf, fragments, from_ann, parse_ann, to_ann
from natopress.model import Release
from natopress.paths import ANNOTATIONS_DIR
from natopress.serialize import to_json, write_model

REAL_IDS = Corpus(ANNOTATIONS_DIR).release_ids()


def test_fragments_split_at_line_breaks() -> None:
    text = "ab\r\ncd\n\nef\u2028g"
    assert fragments(text, 0, len(text)) == [(0, 2), (4, 6), (8, 10), (11, 12)]
    assert fragments(text, 1, 5) == [(1, 2), (4, 5)]
    assert fragments(text, 2, 4) == []


def test_crlf_release_lines_checked_by_hand() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    lines = to_ann(doc.release, doc.text, entity_types(WORKFLOW)).splitlines()
    assert (
        lines[1]
        == "T2\tSeg-body 17 33;35 83\t« Première ligne seconde ligne », a dit Mme Dupont 😀 à Bruxelles."
    )
    assert lines[3] == "T4\tQuote-direct 19 33;35 48\tPremière ligne seconde ligne"
    assert "T12\tORG 87 91\tOTAN" in lines
    assert "R1\tHasCue Arg1:T4 Arg2:T5" in lines
    assert "A3\tKind T12 name" in lines
    assert "#1\tAnnotatorNotes T4\tid=q1 speaker=dupont" in lines
    # offsets are code points: the emoji before « à Bruxelles » counts as one
    assert doc.text[73:82] == "Bruxelles"


@pytest.mark.parametrize("release_id", [SEED, CRLF])
def test_round_trip_fixture(release_id: str) -> None:
    doc = Corpus(WORKFLOW).load(release_id)
    ann = to_ann(doc.release, doc.text, entity_types(WORKFLOW))
    back = from_ann(
        ann, doc.text, doc.release.model_copy(update={"segments": [], "quotes": [], "mentions": []}), "x.ann"
    )
    assert back == doc.release
    assert to_json(back) == doc.json_path.read_text("utf-8")


def test_shared_cue_is_written_once() -> None:
    doc = Corpus(WORKFLOW).load(SEED)
    ann = to_ann(doc.release, doc.text, entity_types(WORKFLOW))
    cue = doc.release.quotes[3].cue
    assert cue is not None and cue == doc.release.quotes[2].cue
    assert ann.count(f"\tCue {cue.start} {cue.end}\t") == 1
    assert "\tContinues Arg1:T18 Arg2:T15\n" in ann


def test_span_ending_in_a_line_break_keeps_its_bounds() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    segments = list(doc.release.segments)
    first = segments[0].span
    segments[0] = segments[0].model_copy(
        update={
            "span": first.model_copy(
                update={"end": first.end + 2, "text": doc.text[first.start : first.end + 2]}
            )
        }
    )
    release = doc.release.model_copy(update={"segments": segments})
    ann = to_ann(release, doc.text, entity_types(WORKFLOW))
    assert "#1\tAnnotatorNotes T1\tbounds=0:15" in ann
    assert from_ann(ann, doc.text, release, "x.ann") == release


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("T99\tPER 62 68\tDupond", "x.ann:25: text 'Dupond' does not match the .txt at 62 68 ('Dupont')"),
        ("T99\tPER 62 6000\tDupont", "x.ann:25: fragment 62 6000 is empty, reversed or outside the .txt"),
        ("T99\tPER 62;68\tDupont", "x.ann:25: expected `T<n>\\tTYPE START END[;START END]\\tTEXT`"),
        (
            "T99\tPER 62 68\tDupont",
            "x.ann:25: mention T99 needs a note `entity=<registry id>` and the attribute Kind",
        ),
        (
            "T99\tCue 62 68\tDupont",
            "x.ann:25: Cue T99 is linked to no quote (add a HasCue relation from its quote)",
        ),
        ("T99\tPerson 62 68\tDupont", "x.ann:25: unknown type 'Person' (see annotation.conf)"),
        ("R99\tHasCue Arg1:T5 Arg2:T4", "x.ann:25: unsupported relation HasCue"),
    ],
)
def test_bad_ann_lines(line: str, message: str) -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    ann = to_ann(doc.release, doc.text, entity_types(WORKFLOW))
    assert len(ann.splitlines()) == 24
    with pytest.raises(BratError) as caught:
        from_ann(ann + line + "\n", doc.text, doc.release, "x.ann")
    assert str(caught.value).startswith(message)


def test_quote_drawn_in_brat_gets_the_next_id() -> None:
    doc = Corpus(WORKFLOW).load(CRLF)
    ann = to_ann(doc.release, doc.text, entity_types(WORKFLOW)) + "T13\tQuote-indirect 85 98\tL’OTAN-Europe\n"
    bounds, _ = parse_ann(ann, doc.text, "x.ann")
    assert (bounds["T13"].label, bounds["T13"].start, bounds["T13"].end) == ("Quote-indirect", 85, 98)
    back = from_ann(ann, doc.text, doc.release, "x.ann")
    assert [(q.id, q.content.text) for q in back.quotes] == [
        ("q1", "Première ligne\r\nseconde ligne"),
        ("q3", "L’OTAN-Europe"),
        ("q2", "ceci est un essai"),
    ]


def test_annotation_conf_declares_every_type() -> None:
    conf = annotation_conf()
    for name in ("PER", "MISC", "Quote-mixed", "Cue", "Speaker", "Seg-date-block", "Seg-chrome"):
        assert f"\n{name}\n" in conf
    assert "\nKind\tArg:PER|ORG|LOC|MISC, Value:name|nominal\n" in conf


# --------------------------------------------------------------------------------------------- commands


def export(root: Path, out: Path) -> Path:
    assert main(["export", "brat", "--root", str(root), "--out", str(out)]) == 0
    return out


def test_export_then_import_into_same_corpus_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Path(shutil.copytree(WORKFLOW, tmp_path / "corpus"))
    out = export(corpus, tmp_path / "brat")
    assert sorted(p.name for p in out.iterdir()) == [
        f"{CRLF}.ann", f"{CRLF}.natopress.json", f"{CRLF}.txt",
        f"{SEED}.ann", f"{SEED}.natopress.json", f"{SEED}.txt", "annotation.conf",
    ]  # fmt: skip
    assert (out / f"{CRLF}.txt").read_bytes() == (WORKFLOW / f"{CRLF}.txt").read_bytes()
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    assert main(["import-brat", str(out), "--root", str(corpus)]) == 0
    assert capsys.readouterr().out == f"{CRLF}: unchanged\n{SEED}: unchanged\n"
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_import_into_empty_corpus_writes_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = export(WORKFLOW, tmp_path / "brat")
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copyfile(WORKFLOW / "registry.json", empty / "registry.json")
    assert main(["import-brat", str(out), "--root", str(empty)]) == 0
    for rid in (SEED, CRLF):
        original = Corpus(WORKFLOW).load(rid)
        imported = Corpus(empty).load(rid)
        assert imported.text_path.read_bytes() == original.text_path.read_bytes()
        assert imported.release.annotation.status.value == "draft"
        strip = {"annotation": original.release.annotation}
        assert imported.release.model_copy(update=strip) == original.release


def checked(release: Release) -> Release:
    annotation = release.annotation.model_validate(
        {"status": "checked", "checked_by": ["annotator-1"], "checked_on": "2024-01-02"}, strict=False
    )
    return release.model_copy(update={"annotation": annotation})


def test_import_refuses_checked_and_unforced_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Path(shutil.copytree(WORKFLOW, tmp_path / "corpus"))
    out = export(corpus, tmp_path / "brat")
    ann = out / f"{CRLF}.ann"
    ann.write_text(ann.read_text("utf-8").replace("Seg-title", "Seg-chrome"), encoding="utf-8")
    write_model(corpus / f"{SEED}.json", checked(Corpus(corpus).load(SEED).release))
    seed_ann = out / f"{SEED}.ann"
    seed_ann.write_text(
        seed_ann.read_text("utf-8").replace("Quote-direct 714", "Quote-mixed 714"), encoding="utf-8"
    )
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    capsys.readouterr()
    assert main(["import-brat", str(out), "--root", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{corpus / CRLF}.json: exists (a draft); use --force to replace it" in err
    assert f"{corpus / SEED}.json: is checked; import-brat never replaces a checked annotation" in err
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before
    assert main(["import-brat", str(out), "--root", str(corpus), "--force"]) == 1
    assert capsys.readouterr().out == f"{CRLF}: wrote draft {corpus / CRLF}.json\n"
    assert Corpus(corpus).load(CRLF).release.segments[0].kind.value == "chrome"
    assert (corpus / f"{SEED}.json").read_bytes() == before[f"{SEED}.json"]


def test_import_refuses_an_edited_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = export(WORKFLOW, tmp_path / "brat")
    (out / f"{CRLF}.txt").write_bytes((WORKFLOW / f"{CRLF}.txt").read_bytes().replace(b"\r\n", b"\n"))
    capsys.readouterr()
    for name in ("empty", "empty2"):
        (tmp_path / name).mkdir()
        shutil.copyfile(WORKFLOW / "registry.json", tmp_path / name / "registry.json")
    assert main(["import-brat", str(out), "--root", str(tmp_path / "empty")]) == 1
    assert f"{out / CRLF}.txt: text differs from the one annotated" in capsys.readouterr().err
    (out / f"{CRLF}.natopress.json").unlink()
    (out / f"{CRLF}.txt").write_bytes((WORKFLOW / f"{CRLF}.txt").read_bytes())
    assert main(["import-brat", str(out), "--root", str(tmp_path / "empty2")]) == 1
    assert "no annotation" in capsys.readouterr().err


@pytest.mark.skipif(not REAL_IDS, reason="no annotations yet")
@pytest.mark.parametrize("release_id", REAL_IDS)
def test_real_release_round_trip(release_id: str) -> None:
    doc = Corpus(ANNOTATIONS_DIR).load(release_id)
    ann = to_ann(doc.release, doc.text, entity_types(ANNOTATIONS_DIR))
    assert from_ann(ann, doc.text, doc.release, "x.ann") == doc.release


@pytest.mark.skipif(not REAL_IDS, reason="no annotations yet")
def test_real_corpus_export_import_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = export(ANNOTATIONS_DIR, tmp_path / "brat")
    capsys.readouterr()
    assert main(["import-brat", str(out), "--root", str(ANNOTATIONS_DIR)]) == 0
    assert capsys.readouterr().out == "".join(f"{rid}: unchanged\n" for rid in REAL_IDS)
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copyfile(ANNOTATIONS_DIR / "registry.json", empty / "registry.json")
    assert main(["import-brat", str(out), "--root", str(empty)]) == 0
    for rid in REAL_IDS:
        original = Corpus(ANNOTATIONS_DIR).load(rid).release
        imported = Corpus(empty).load(rid).release
        assert imported.model_copy(update={"annotation": original.annotation}) == original


def test_import_names_ids_missing_from_the_registry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = export(WORKFLOW, tmp_path / "brat")
    (out / f"{SEED}.ann").unlink()
    target = tmp_path / "target"
    target.mkdir()
    registry = Corpus(WORKFLOW).load_registry()
    write_model(
        target / "registry.json",
        registry.model_copy(
            update={"entities": [e for e in registry.entities if e.id not in {"dupont", "otan"}]}
        ),
    )
    capsys.readouterr()
    assert main(["import-brat", str(out), "--root", str(target)]) == 0
    assert (
        capsys.readouterr().out
        == f"{CRLF}: wrote draft {target / CRLF}.json (not in the registry yet: dupont, otan)\n"
    )


def test_export_warns_about_cr_line_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export(WORKFLOW, tmp_path / "brat")
    captured = capsys.readouterr()
    assert (
        captured.err
        == f"{WORKFLOW / CRLF}.txt: has CR line ends; brat reads texts with universal newlines, so it may show spans shifted (import-brat itself stays exact)\n"
    )
    assert captured.out == f"wrote 2 release(s) to {tmp_path / 'brat'}/ (brat standoff + annotation.conf)\n"
