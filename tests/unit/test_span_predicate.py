"""The span fast path and the full span check share one predicate: no span breaking a rule is skipped."""

from __future__ import annotations

from conftest import VALID
from hypothesis import given, settings
from hypothesis import strategies as st

from natopress.document import SpanData
from natopress.model import Release, as_data
from natopress.validate.checks import spans as span_checks
from natopress.validate.checks.spans import check_span, check_spans, span_findings, span_is_clean

SOURCE = "Le secrétaire général\u00a0a parlé. « Nous restons unis », a-t-il dit."

# Texts drawn from the source's own slices (so many spans are clean) and from stray characters.
texts = st.one_of(
    st.builds(lambda a, b: SOURCE[min(a, b) : max(a, b) + 1], st.integers(0, 60), st.integers(0, 60)),
    st.text(alphabet="ab \u00a0\n«", min_size=1, max_size=6),
)
spans = st.fixed_dictionaries({"start": st.integers(0, 70), "end": st.integers(0, 70), "text": texts})
sources = st.one_of(st.none(), st.just(SOURCE))


@settings(max_examples=400, deadline=None)
@given(span=spans, source=sources)
def test_the_predicate_accepts_exactly_the_spans_no_rule_reports(span: SpanData, source: str | None) -> None:
    """`_diagnose` holds every rule; the predicate must refuse each span that breaks one (and only those)."""
    diagnosed = span_checks._diagnose(span, source, "f.json", "/s")
    assert span_is_clean(span["start"], span["end"], span["text"], source) == (not diagnosed)
    assert span_findings(span, source, "f.json", "/s") == diagnosed


@settings(max_examples=200, deadline=None)
@given(span=spans, source=sources)
def test_the_fast_path_never_skips_a_span_with_findings(span: SpanData, source: str | None) -> None:
    """`check_spans` (fast path) reports for a mention span exactly what `check_span` (full check) does."""
    release = as_data(Release.model_validate_json((VALID / "2000-01-01-fr-fixture.json").read_bytes()))
    release["metadata"].update({"title": None, "published": None, "updated": None, "event_date": None})
    release.update({"segments": [], "quotes": [], "mentions": [{**release["mentions"][0], "span": span}]})
    expected = check_span(span, source, "f.json", ("mentions", 0, "span"))
    assert check_spans(release, source, "f.json") == expected
