"""Where two strings first differ, with invisible and look-alike characters escaped (NP101's message)."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURE_ID

from natopress.corpus import Corpus
from natopress.serialize import write_model
from natopress.text.compare import describe_difference, escape, first_difference
from natopress.validate.runner import validate


def test_a_curly_apostrophe_against_a_straight_one() -> None:
    assert describe_difference("de l’Alliance", "de l'Alliance") == (
        "at code point 4: text has U+2019 RIGHT SINGLE QUOTATION MARK, source has U+0027 APOSTROPHE "
        "(text «de l{U+2019}Alliance», source «de l'Alliance»)"
    )


def test_a_no_break_space_against_a_space_and_a_prefix() -> None:
    assert (
        escape("«\u00a0Oui\u202f» a\u200bb – c")
        == "{U+00AB}{U+00A0}Oui{U+202F}{U+00BB} a{U+200B}b {U+2013} c"
    )
    assert escape("Déclaré à Bruxelles") == "Déclaré à Bruxelles"  # letters are never escaped
    assert first_difference("abc", "abc") is None
    assert describe_difference("OTAN", "OTAN.") == (
        "at code point 4: text has the end, source has U+002E FULL STOP (text «OTAN», source «OTAN.»)"
    )


def test_context_is_clipped_around_the_difference() -> None:
    a, b = "x" * 30 + "’" + "y" * 30, "x" * 30 + "'" + "y" * 30
    message = describe_difference(a, b)
    assert message is not None
    assert f"(text «…{'x' * 12}{{U+2019}}{'y' * 11}…»" in message


def test_np101_shows_the_look_alike(corpus: Path) -> None:
    """A span whose text has `’` where the source has `'` (or the reverse) is told apart by code point."""
    release = Corpus(corpus).load(FIXTURE_ID).release
    mention = release.mentions[1]  # l’Alliance fictive
    assert "’" in mention.span.text
    span = mention.span.model_copy(update={"text": mention.span.text.replace("’", "'")})
    mentions = [*release.mentions[:1], mention.model_copy(update={"span": span}), *release.mentions[2:]]
    write_model(corpus / f"{FIXTURE_ID}.json", release.model_copy(update={"mentions": mentions}))
    [finding] = validate(corpus).findings
    assert finding.code == "NP101"
    assert "text has U+0027 APOSTROPHE, source has U+2019 RIGHT SINGLE QUOTATION MARK" in finding.message
    assert "(text «l'Alliance fi…», source «l{U+2019}Alliance fi…»)" in finding.message
