"""Property test: any text drafts into a well-formed annotation (spans match, quotes in content segments)."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from natopress.corpus import Corpus
from natopress.draft.ingest import draft_release
from natopress.model import CONTENT_SEGMENT_KINDS, Registry, Release, Span
from natopress.paths import ANNOTATIONS_DIR
from natopress.serialize import to_json, write_model
from natopress.validate.findings import Severity
from natopress.validate.runner import validate

REGISTRY = Corpus.at(ANNOTATIONS_DIR).load_registry()
PIECES = [
    "« ", " »", "«\u00a0", "\u00a0»", "“", "”", "\n", "\n\n", "\r\n", "\u00a0\n", "  • ", "|", " ", ". ", ", ", ": ",
    "a déclaré", "a-t-il indiqué", "a rappelé que ", "said that ", "le secrétaire général", "M. Stoltenberg",
    "Jens Stoltenberg", "OTAN", "KFOR", "Kosovo", "il ", "Ce jeudi (1er juillet 2021)", "01 Jul. 2021 -",
    "Mis à jour le: 01 Jul. 2021 18:41", "(31 février 2021)", "mot de passe", "Qualifiant ", "que ", "x", "Été",
    "« Je tiens à vous remercier », a déclaré le secrétaire général. ", "Il a rappelé que la KFOR « reste » utile. ",
    "« début\n\n« suite »", "« a\n« b », a déclaré M. Stoltenberg. ", "« a, a-t-il dit, b »", "“Yes,” said the Secretary General. ", "« Oui », a-t-il indiqué.",
    '"', ' "', '" ', "'", "’", ',"', '."', "NATO Secretary General: ", '"A," he said, "b."', "“A,” he said, “b.”",
    ", adding that ", "Press Release (2024) 012", "Issued on 14 Feb. 2024",
]  # fmt: skip


def _spans(release: Release) -> list[Span]:
    spans = [s.span for s in release.segments] + [m.span for m in release.mentions]
    for q in release.quotes:
        spans += [span for span in (q.content, q.cue, q.speaker_mention) if span is not None]
    for fact in (release.metadata.title, release.metadata.published, release.metadata.updated):
        if fact is not None and fact.span is not None:
            spans.append(fact.span)
    return spans


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join))
@example('a rappelé que il ."M. Stoltenberg')  # a reported clause ending in white space before its point
@example("« a, a-t-il dit, b »,")  # a comma closing the text after an interrupted quotation
def test_any_text_drafts_consistently(text: str) -> None:
    for registry in (REGISTRY, None):
        release = draft_release(text, registry=registry)
        for span in _spans(release):
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
            assert span.text == span.text.strip()
        content = [s.span for s in release.segments if s.kind in CONTENT_SEGMENT_KINDS]
        for q in release.quotes:
            assert any(s.start <= q.content.start and q.content.end <= s.end for s in content)
        for m in release.mentions:
            assert any(s.start <= m.span.start and m.span.end <= s.end for s in content)
        assert [s.span.start for s in release.segments] == sorted(s.span.start for s in release.segments)
        ids = {q.id for q in release.quotes}
        assert all(q.continues in ids for q in release.quotes if q.continues)
        assert Release.model_validate_json(to_json(release)) == release
    assert isinstance(REGISTRY, Registry)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=30).map("".join))
@example("Mis à jour le: 01 Jul. 2021 18:41Issued on 14 Feb. 2024")  # run-together dates, updated first
@example(" »« « « a, a-t-il dit, b »\n« Oui », a-t-il indiqué. »")  # marks pairing across title and body
def test_any_draft_passes_the_validator(text: str) -> None:
    """`natopress validate` (non-strict) finds no error in a draft; NFC texts only (the validator needs NFC)."""
    if not text.strip() or unicodedata.normalize("NFC", text) != text:
        return
    registry = Registry.model_validate(
        {"schema_version": "1.0", "entities": [e.model_copy(update={"roles": []}) for e in REGISTRY.entities]}
    )
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_model(root / "registry.json", registry)
        release = draft_release(text, registry=registry, release_id="x")
        (root / "x.txt").write_bytes(text.encode("utf-8"))
        write_model(root / "x.json", release)
        result = validate(root)
        assert [f for f in result.findings if f.severity is Severity.ERROR] == []
