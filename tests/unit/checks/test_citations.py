"""NP510: what `cited_from` and `source` cite stays inside the corpus folder (natopress.validate.checks.citations)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from natopress.corpus import parse_json
from natopress.document import ReleaseData
from natopress.model import Release, as_data
from natopress.validate.checks.citations import check_citations, cited_files
from natopress.validate.runner import validate

VALID = Path(__file__).parents[2] / "data" / "valid"
RELEASE_ID = "2000-01-01-fr-fixture"


@pytest.mark.parametrize(
    ("citation", "names"),
    [
        ("SOURCES.md#2000-01-01-fr-fixture", ["SOURCES.md"]),
        ("SOURCES.md#x: the page URL's path holds the site's date /2000/01/01/", ["SOURCES.md"]),
        ("shared/seeds/SOURCES.md: see there", ["shared/seeds/SOURCES.md"]),
        (
            "URL path /2000/01/01/ of https://www.nato.int/a/b.htm (shared/seeds/SOURCES.md)",
            ["shared/seeds/SOURCES.md"],
        ),
        ("«notes.PDF», then ../x.txt.", ["notes.PDF", "../x.txt"]),
        ("https://www.nato.int/cps/fr/natohq/news_185631.htm", []),
        ("file:///home/me/SOURCES.md", ["file:///home/me/SOURCES.md"]),
        ("tests/data (invented), e.g. nato.int", []),
        ("NATO press office, by telephone", []),
    ],
)
def test_cited_files(citation: str, names: list[str]) -> None:
    assert list(cited_files(citation)) == names


def _release(cited_from: str | None, source: str | None) -> ReleaseData:
    release = as_data(parse_json(Release, (VALID / f"{RELEASE_ID}.json").read_bytes()))
    release["metadata"]["provenance"]["cited_from"] = cited_from
    published = release["metadata"]["published"]
    assert published is not None
    published["source"] = source
    return release


def test_check_reports_each_field_naming_a_missing_file() -> None:
    release = _release("shared/seeds/SOURCES.md", "SOURCES.md#x and ../SOURCES.md")
    findings = check_citations(release, frozenset({"SOURCES.md"}), "x.json")
    assert [(f.code, f.pointer) for f in findings] == [
        ("NP510", "/metadata/provenance/cited_from"),
        ("NP510", "/metadata/published/source"),
    ]
    assert "'../SOURCES.md'" in findings[1].message


def test_check_accepts_corpus_files_and_urls() -> None:
    release = _release(f"SOURCES.md#{RELEASE_ID}", "https://www.nato.int/x/2000/01/01/y.htm")
    assert check_citations(release, frozenset({"SOURCES.md"}), "x.json") == []


def test_validate_finds_the_sources_file_in_the_corpus_folder(tmp_path: Path) -> None:
    """The same citation is valid once the corpus folder holds the file, and NP510 before."""
    corpus = tmp_path / "corpus"
    shutil.copytree(VALID, corpus)
    path = corpus / f"{RELEASE_ID}.json"
    path.write_text(
        path.read_text("utf-8").replace(
            '"cited_from": "tests/data/valid: a text invented for testing, not a NATO release"',
            f'"cited_from": "SOURCES.md#{RELEASE_ID}"',
        ),
        "utf-8",
    )
    assert [f.code for f in validate(corpus, jobs=1).findings] == ["NP510"]
    (corpus / "SOURCES.md").write_text(f"# Sources\n\n## {RELEASE_ID}\n\nInvented for testing.\n", "utf-8")
    assert validate(corpus, jobs=1).findings == ()
