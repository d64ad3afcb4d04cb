"""The agreement study in agreement/: annotator-2's files are valid and agreement/README.md is current."""

from __future__ import annotations

import re

import pytest
from helpers.files import sha256_of

from natopress.corpus import Corpus
from natopress.model import Release
from natopress.paths import ANNOTATIONS_DIR, REPO_ROOT
from natopress.tools.agree import agree, render_text

STUDY = REPO_ROOT / "agreement"
SECOND = STUDY / "annotator-2"
CORPUS = Corpus(ANNOTATIONS_DIR)


def second_annotations() -> list[str]:
    return sorted(p.stem for p in SECOND.glob("*.json"))


def test_every_second_annotation_is_of_a_release_in_the_corpus() -> None:
    """The study covers some releases of the corpus (not necessarily all: later ones may not be in it)."""
    assert second_annotations()
    assert set(second_annotations()) <= set(CORPUS.release_ids())


@pytest.mark.parametrize("release_id", second_annotations())
def test_second_annotation_is_of_the_same_text(release_id: str) -> None:
    release = Release.model_validate_json((SECOND / f"{release_id}.json").read_bytes())
    assert release.id == release_id
    assert release.metadata.text_sha256 == sha256_of(CORPUS.text_path(release_id))
    assert release.annotation.checked_by == ["annotator-2"]
    text = CORPUS.load(release_id).text
    spans = [q.content for q in release.quotes] + [m.span for m in release.mentions]
    assert [s.text for s in spans] == [text[s.start : s.end] for s in spans]


def test_readme_tables_are_the_current_agreement() -> None:
    readme = (STUDY / "README.md").read_text("utf-8")
    tables = re.findall(r"```text\n(.*?)```", readme, re.DOTALL)
    types = {e.id: e.type.value for e in CORPUS.load_registry().entities}
    expected = [
        render_text(
            agree(
                CORPUS.load(release_id).release,
                Release.model_validate_json((SECOND / f"{release_id}.json").read_bytes()),
                types,
            )
        )
        for release_id in second_annotations()
    ]
    assert tables == expected
