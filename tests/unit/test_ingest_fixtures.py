"""`natopress ingest` on synthetic fixture releases (tests/data/ingest/, see its README) and its helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import fact_summary, ingest_into, quote_summary

from natopress.corpus import Corpus
from natopress.draft.dates import site_dates, url_date
from natopress.draft.eventdates import event_date
from natopress.draft.ingest import draft_release
from natopress.draft.language import detect_language
from natopress.draft.segmenter import is_chrome, is_date_line
from natopress.model import Registry, Release
from natopress.text.marks import Pair, guillemet_pairs
from natopress.text.sentences import sentences
from natopress.validate.runner import validate

FIXTURES = Path(__file__).parents[1] / "data" / "ingest"

# file -> (id, title, published, updated, event date, language, segment kinds); read by hand from the texts.
EXPECTED_METADATA = {
    "english.txt": (
        "2024-03-12-en-secretary-general-welcomes-progress-on-the",
        "Secretary General welcomes progress on the Northern Exercise",
        ("2024-03-12", "12 Mar. 2024"),
        ("2024-03-12T16:05:00", "Last updated: 12 Mar. 2024 16:05"),
        ("2024-03-12", "On Tuesday (12 March 2024)"),
        "en",
        ["chrome", "title", "date-block", "body", "body", "body", "caption"],
    ),
    "plain-spaces.txt": (
        "2024-03-12-fr-la-secretaire-generale-salue-l-accord",
        "La secrétaire générale salue l'accord sur la formation",
        ("2024-03-12", "12 Mar. 2024"),
        ("2024-03-12T18:00:00", "Mis à jour le: 12 Mar. 2024 18:00"),
        ("2024-03-12", "Ce mardi (12 mars 2024)"),
        "fr",
        ["title", "date-block", "body", "body", "body"],
    ),
    "two-paragraphs.txt": (
        "2024-04-03-fr-l-otan-et-l-ostravie-renforcent",
        "L’OTAN et l’Ostravie renforcent leur coopération",
        ("2024-04-03", "03 Apr. 2024"),
        ("2024-04-03T11:30:00", "Mis à jour le: 03 Apr. 2024 11:30"),
        ("2024-04-03", "Ce mercredi (3 avril 2024)"),
        "fr",
        ["title", "date-block", "body", "body", "body", "caption"],
    ),
    "title-quotes.txt": (
        "2024-05-15-fr-nous-restons-unis-declare-la-secretaire",
        "«\u202fNous restons unis\u202f», déclare la secrétaire générale",
        ("2024-05-15", "15 May 2024"),
        ("2024-05-15T09:10:00", "Mis à jour le: 15 May 2024 09:10"),
        ("2024-05-15", "Ce mercredi (15 mai 2024)"),
        "fr",
        ["title", "date-block", "body", "body"],
    ),
    "no-date.txt": (
        "undated-fr-reunion-des-ministres-de-la-defense",
        "Réunion des ministres de la Défense à Bruxelles",
        None,
        None,
        None,
        "fr",
        ["title", "body", "body"],
    ),
    "older-layout.txt": (
        "2015-03-05-en-allies-discuss-readiness",
        "Allies discuss readiness",
        ("2015-03-05", "05 Mar. 2015"),
        ("2015-03-05T14:20:00", "Last updated: 05-Mar-2015 14:20"),
        ("2015-03-05", "On Thursday (5 March 2015)"),
        "en",
        ["chrome", "chrome", "date-block", "title", "body", "body"],
    ),
}

# file -> quotes as (type, content, cue, speaker mention, speaker, continues).
EXPECTED_QUOTES = {
    "english.txt": [
        ("direct", "This exercise shows that our Alliance is ready", "said", "the Secretary General", "ilse-varga", None),
        ("direct", "We will keep training together.", None, "the Secretary General", "ilse-varga", "q1"),
        ("indirect", "the exercise had been planned for two years", "noted", "Ms Varga", "ilse-varga", None),
    ],
    "plain-spaces.txt": [
        ("direct", "Cet accord renforce notre sécurité commune", "a déclaré", "la secrétaire générale", "ilse-varga", None),
        ("direct", "Il montre aussi la valeur de nos partenariats.", None, "la secrétaire générale", "ilse-varga", "q1"),
        ("indirect", "la formation commencerait au printemps", "a souligné", "Mme Varga", "ilse-varga", None),
    ],
    "two-paragraphs.txt": [
        ("direct", "Notre coopération a beaucoup progressé cette année. Les exercices communs en sont la preuve.",
         "a déclaré", "Mme Varga", "ilse-varga", None),
        ("direct", "Nous allons poursuivre ce travail ensemble dans les mois qui viennent",
         None, "Mme Varga", "ilse-varga", "q1"),
    ],
    "title-quotes.txt": [
        ("direct", "Nous restons unis", "déclare", "la secrétaire générale", "ilse-varga", None),
        ("direct", "Nous restons unis face aux menaces", "a-t-elle déclaré", "elle", "ilse-varga", None),
    ],
    "no-date.txt": [("mixed", "« les progrès sont réels »", "a estimé", "Le ministre Tomas Reyel", "tomas-reyel", None)],
    "older-layout.txt": [
        ("mixed", "“readiness is our first duty”", "said", "The Deputy Secretary General", None, None),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture ingested into one corpus with the fixture registry."""
    return ingest_into(tmp_path_factory.mktemp("fixture-corpus"), FIXTURES, EXPECTED_METADATA)


def _draft(root: Path, name: str) -> Release:
    return Corpus.at(root).load(EXPECTED_METADATA[name][0]).release


@pytest.mark.parametrize("name", sorted(EXPECTED_METADATA))
def test_fixture_metadata_and_segments(drafts: Path, name: str) -> None:
    release_id, title, published, updated, event, language, kinds = EXPECTED_METADATA[name]
    release = _draft(drafts, name)
    meta = release.metadata
    assert release.id == release_id
    assert (meta.title.value if meta.title else None) == title
    assert (fact_summary(meta.published), fact_summary(meta.updated), fact_summary(meta.event_date)) == (
        published,
        updated,
        event,
    )
    assert meta.language == language
    assert meta.provenance.original_filename == name and meta.provenance.url is None
    assert [s.kind.value for s in release.segments] == kinds
    assert (drafts / f"{release_id}.txt").read_bytes() == (FIXTURES / name).read_bytes()


@pytest.mark.parametrize("name", sorted(EXPECTED_QUOTES))
def test_fixture_quotes(drafts: Path, name: str) -> None:
    release = _draft(drafts, name)
    found = quote_summary(release)
    assert found == EXPECTED_QUOTES[name]


def test_fixture_mentions_english(drafts: Path) -> None:
    """Names and aliases on word boundaries (`Varga` alone, not inside `Ilse Varga`), a role-based nominal."""
    release = _draft(drafts, "english.txt")
    proposed = {e.id for e in release.proposed_entities}  # proposals: tests/test_draft_proposals.py
    registered = [m for m in release.mentions if m.entity not in proposed]
    assert [(m.span.text, m.entity, m.kind.value) for m in registered] == [
        ("NATO", "nato", "name"),
        ("Ilse Varga", "ilse-varga", "name"),
        ("the Minister", "tomas-reyel", "nominal"),
        ("Ostravia", "ostravia", "name"),
        ("Tomas Reyel", "tomas-reyel", "name"),
        ("NATO", "nato", "name"),
        ("the Secretary General", "ilse-varga", "nominal"),  # the role `NATO Secretary General`'s head
        ("Varga", "ilse-varga", "name"),
        ("Ilse Varga", "ilse-varga", "name"),
        ("Tomas Reyel", "tomas-reyel", "name"),
        ("NATO", "nato", "name"),
    ]


def test_no_mention_in_chrome_or_date_block(drafts: Path) -> None:
    for name in EXPECTED_METADATA:
        release = _draft(drafts, name)
        excluded = [s.span for s in release.segments if s.kind.value in ("chrome", "date-block")]
        for mention in release.mentions:
            assert not any(s.start <= mention.span.start < s.end for s in excluded)


def test_fixture_drafts_validate(drafts: Path) -> None:
    result = validate(drafts)
    assert result.ok
    assert sorted(f.code for f in result.findings) == ["NP507"] * len(EXPECTED_METADATA)


def test_guillemet_pairs() -> None:
    text = "« a « b » c »\n« d\n« e »\nx « unclosed\ny “f”"
    assert guillemet_pairs(text) == [Pair(0, 12), Pair(14, 22), Pair(39, 41)]


def test_sentences_keep_abbreviations_and_quotes_whole() -> None:
    text = "M. Stoltenberg a parlé. « Oui. Non. », a-t-il dit. Fin"
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "M. Stoltenberg a parlé.",
        "« Oui. Non. », a-t-il dit.",
        "Fin",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le secrétaire général a rencontré les ministres de l’Alliance.", "fr"),
        ("The Secretary General met the ministers of the Alliance.", "en"),
        ("OTAN NATO 2024", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_dates() -> None:
    text = "Mis à jour le: 01 Jul. 2021 18:41 · 31 Feb. 2021 · 7 sept. 2023"
    assert [(d.value, text[d.start : d.end]) for d in site_dates(text)] == [
        (dt.datetime(2021, 7, 1, 18, 41), "01 Jul. 2021 18:41"),
        (dt.date(2023, 9, 7), "7 sept. 2023"),
    ]
    found = event_date("Il a dit (30 février 2021) puis, ce jeudi (1er juillet 2021), rien.")
    assert found is not None and found.value == dt.date(2021, 7, 1)
    assert url_date("https://www.nato.int/fr/news/2023/09/07/x") == dt.date(2023, 9, 7)
    assert url_date("https://www.nato.int/fr/news/2023/13/07/x") is None


def test_chrome_and_date_lines() -> None:
    assert is_chrome("Le mot de passe doit comporter au moins 12 caractères.")
    assert is_chrome("Sign in")
    assert not is_chrome("Les Alliés ont signé un accord sur les codes de conduite.")
    assert is_date_line("• 01 Jul. 2021 -")
    assert is_date_line("Mis à jour le: 01 Jul. 2021 18:41")
    assert is_date_line("12 Mar. 2024 - | Mis à jour le: 12 Mar. 2024 18:00")
    assert not is_date_line("Le 1er juillet 2021, les Alliés se sont réunis.")


def test_attribution_inside_the_marks_makes_two_quotes() -> None:
    """`« A, a déclaré Mme Varga, b »`: two quotes, the second continuing the first (synthetic text)."""
    registry = Registry.model_validate_json((FIXTURES / "registry.json").read_bytes())
    text = "Titre court\n\n« Nous sommes prêts, a déclaré Mme Varga, à agir ensemble. »\n"
    release = draft_release(text, registry=registry)
    assert [
        (q.id, q.content.text, q.cue.text if q.cue else None, q.speaker_mention.text, q.speaker, q.continues)
        for q in release.quotes
    ] == [
        ("q1", "Nous sommes prêts", "a déclaré", "Mme Varga", "ilse-varga", None),
        ("q2", "à agir ensemble.", None, "Mme Varga", "ilse-varga", "q1"),
    ]


@pytest.mark.parametrize("line", ["Print", "Share", "Top of page", "Imprimer", "Haut de page", "Partager"])
def test_page_furniture_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)
    assert not is_chrome(f"{line} the statement, the ministers said.")
