"""Reading `.ann` files as brat itself reads them: any line end, every line kind brat accepts, and
discontinuous annotations refused (never widened over the words between their fragments)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CRLF, WORKFLOW, entity_types

from natopress.cli import main
from natopress.corpus import Corpus
from natopress.export.brat import BratError, from_ann, parse_ann, to_ann


def exported() -> tuple[str, str, object]:
    doc = Corpus(WORKFLOW).load(CRLF)
    return to_ann(doc.release, doc.text, entity_types(WORKFLOW)), doc.text, doc.release


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"], ids=["crlf", "cr", "line-separator"])
def test_any_line_end_brat_reads(newline: str) -> None:
    ann, text, release = exported()
    assert from_ann(ann.replace("\n", newline), text, release, "x.ann") == release


BRAT_LINES = [
    ("", []),
    ("   \t ", []),
    ("N1\tReference T12 Wikidata:Q7184\tOTAN", ["x.ann:25: normalisation N1"]),
    ("E1\tEvent:T5 Theme:T6", ["x.ann:25: event E1"]),
    ("*\tEquiv T10 T6", ["x.ann:25: equivalence *"]),
    ("R9\tLocatedIn Arg1:T10 Arg2:T11", ["x.ann:25: relation 'LocatedIn'"]),
    ("A9\tNegated T10", ["x.ann:25: attribute 'Negated'"]),
    ("M9\tSpeculation T11", ["x.ann:25: attribute 'Speculation'"]),
    ("#9\tAnnotatorNotes T11\tà vérifier", ["x.ann:25: note words 'à vérifier'"]),
    ("#9\tAnnotatorNotes R1\tlien douteux", ["x.ann:25: AnnotatorNotes on R1"]),
]


@pytest.mark.parametrize(("line", "skipped"), BRAT_LINES, ids=lambda v: repr(v)[:20])
def test_every_line_kind_brat_accepts_is_read(line: str, skipped: list[str]) -> None:
    ann, text, release = exported()
    warnings: list[str] = []
    assert from_ann(ann + line + "\n", text, release, "x.ann", warnings) == release
    assert [w.removesuffix(" not read (natopress does not model it)") for w in warnings] == skipped


def test_text_bound_forms_brat_accepts() -> None:
    text = "Un\ttexte avec tabulation\n"
    ann = (
        "T1\tSeg-body 0 24\tUn\ttexte avec tabulation\n"  # a tab inside the annotated text
        "T2\tSeg-body 3 8 \ttexte   suivi d'un commentaire\n"  # trailing blank; words after the text
        "T3\tSeg-body 9 13\n"  # no text at all: brat fills it in
    )
    bounds, _ = parse_ann(ann, text, "x.ann")
    assert [(b.start, b.end) for b in bounds.values()] == [(0, 24), (3, 8), (9, 13)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "T99\tLOC 52 57;73 82\ta dit Bruxelles",
            "x.ann:25: T99 (LOC) is discontinuous: ' Mme Dupont 😀 à ' lies between its fragments 57 and 73",
        ),
        (
            "T99\tLOC 73 74;74 82\tB ruxelles",
            "x.ann:25: fragments '73 74;74 82' overlap, touch or are out of order",
        ),
        (
            "T99\tLOC 73 78;75 82\tBruxe uxelles",
            "x.ann:25: fragments '73 78;75 82' overlap, touch or are out of order",
        ),
        ("T99\tLOC 73 73\t", "x.ann:25: fragment 73 73 is empty"),
        ("T11\tLOC 73 82\tBruxelles", "x.ann:25: id T11 is used twice"),
        ("T99 LOC 73 82 Bruxelles", "x.ann:25: expected `ID<TAB>...`"),
        ("Z1\tLOC 73 82\tBruxelles", "x.ann:25: Z1 is no brat annotation"),
        ("T99\tLOC 73 82\tBruxellesX", "x.ann:25: text 'BruxellesX' does not match"),
    ],
)
def test_lines_brat_refuses_or_natopress_cannot_hold_exactly(line: str, message: str) -> None:
    ann, text, release = exported()
    with pytest.raises(BratError) as caught:
        from_ann(ann + line + "\n", text, release, "x.ann")
    assert str(caught.value).startswith(message)


def test_a_bounds_note_never_widens_over_words() -> None:
    ann, text, release = exported()
    widened = ann.replace(
        "#5\tAnnotatorNotes T12\tentity=otan", "#5\tAnnotatorNotes T12\tentity=otan bounds=85:91"
    )
    with pytest.raises(BratError, match=r"x.ann:12: note bounds=85:91 adds more than line breaks to 87 91"):
        from_ann(widened, text, release, "x.ann")


def test_import_brat_reads_crlf_and_refuses_discontinuous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Path(shutil.copytree(WORKFLOW, tmp_path / "corpus"))
    out = tmp_path / "brat"
    assert main(["export", "brat", "--root", str(corpus), "--out", str(out)]) == 0
    ann = out / f"{CRLF}.ann"
    ann.write_bytes(ann.read_bytes().replace(b"\n", b"\r\n"))
    capsys.readouterr()
    assert main(["import-brat", str(out), "--root", str(corpus)]) == 0
    assert f"{CRLF}: unchanged" in capsys.readouterr().out
    ann.write_bytes(ann.read_bytes() + b"T900\tLOC 52 57;73 82\ta dit Bruxelles\r\n")
    assert main(["import-brat", str(out), "--root", str(corpus), "--force"]) == 1
    err = capsys.readouterr().err
    assert f"{ann}:25: T900 (LOC) is discontinuous" in err
    assert len(err.strip().splitlines()) == 1
