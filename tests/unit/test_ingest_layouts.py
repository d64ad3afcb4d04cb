"""`natopress ingest` beyond the seeds: synthetic releases in other NATO layouts (tests/data/ingest/README.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import fact_summary, ingest_into, quote_summary

from natopress.corpus import Corpus
from natopress.draft.ingest import draft_release
from natopress.draft.lines import final_character
from natopress.draft.segmenter import looks_like_caption
from natopress.draft.titlelines import looks_like_title
from natopress.model import Registry, Release
from natopress.text.marks import Pair, guillemet_pairs
from natopress.validate.runner import validate

FIXTURES = Path(__file__).parents[1] / "data" / "ingest"
REGISTRY = Registry.model_validate_json((FIXTURES / "registry.json").read_bytes())

# file -> (id, document kind, published, updated, event date, segment kinds); read by hand from the texts.
EXPECTED_METADATA = {
    "press-release.txt": (
        "2024-02-14-en-allies-agree-on-a-training-mission",
        "press-release",
        ("2024-02-14", "14 Feb. 2024"),
        None,
        ("2024-02-14", "On Wednesday (14 February 2024)"),
        ["chrome", "title", "chrome", "date-block", "body", "body", "body", "body"],
    ),
    "ascii-quotes.txt": (
        "2024-02-14-en-nato-secretary-general-we-will-not",
        "other",
        ("2024-02-14", "14 Feb. 2024"),
        ("2024-02-14T16:05:00", "Last updated: 14 Feb. 2024 16:05"),
        ("2024-02-14", "On Wednesday (14 February 2024)"),
        ["title", "date-block", "body", "body", "body", "body"],
    ),
    "transcript.txt": (
        "2024-02-15-en-press-conference-by-nato-secretary-general",
        "other",
        ("2024-02-15", "15 Feb. 2024"),
        ("2024-02-15T19:40:00", "Last updated: 15 Feb. 2024 19:40"),
        None,
        ["title", "date-block", "body", "body", "body", "body", "body", "body"],
    ),
    "english-two-paragraphs.txt": (
        "2024-03-20-en-secretary-general-addresses-the-parliament-of",
        "other",
        ("2024-03-20", "20 Mar. 2024"),
        ("2024-03-20T12:15:00", "Last updated: 20 Mar. 2024 12:15"),
        ("2024-03-20", "On Wednesday (20 March 2024)"),
        ["title", "date-block", "body", "body", "body", "body"],
    ),
    "english-speakers.txt": (
        "2024-06-03-en-secretary-general-ostravia-s-future-is",
        "other",
        ("2024-06-03", "03 Jun. 2024"),
        ("2024-06-03T10:12:00", "Last updated: 03 Jun. 2024 10:12"),
        ("2024-06-03", "on Monday (3 June 2024)"),
        ["title", "date-block", "body", "body", "body", "body", "body", "caption", "chrome", "chrome"],
    ),
    "french-tight.txt": (
        "2024-06-12-fr-ilse-varga-l-alliance-reste-unie",
        "other",
        ("2024-06-12", "12 Jun. 2024"),
        ("2024-06-12T17:45:00", "Mis à jour le: 12 Jun. 2024 17:45"),
        ("2024-06-12", "Ce mercredi (12 juin 2024)"),
        ["title", "date-block", "body", "body", "body", "caption"],
    ),
}

CITED = ("english.txt", "plain-spaces.txt", "two-paragraphs.txt")
"""The fixtures whose release ids the fixture registry's roles cite."""

# file -> quotes as (type, content, cue, speaker mention, speaker, continues). The speaker mention is the
# cue's whole subject, title and apposition included (guidelines 1.1, 2.4).
EXPECTED_QUOTES = {
    "press-release.txt": [
        ("direct", "Today’s decision shows that Allies stand by their partners", "said", "she", "ilse-varga", None),
        ("direct", "and that we keep our word.", None, "she", "ilse-varga", "q1"),
        ("mixed", "his country was “grateful for this support”", "said", "The Minister of Defence of Ostravia, Tomas Reyel",
         "tomas-reyel", None),
        ("indirect", "the first instructors would arrive in March", "adding",
         "The Minister of Defence of Ostravia, Tomas Reyel", "tomas-reyel", None),
        ("direct", "Our soldiers are ready to learn.", "added", "Mr Reyel", "tomas-reyel", None),
    ],
    "ascii-quotes.txt": [
        ("direct", "We will not leave Ostravia alone", None, "NATO Secretary General", "ilse-varga", None),
        ("direct", "Ostravia's partnership makes NATO stronger", "said", "the Secretary General", "ilse-varga", None),
        ("mixed", 'Allies "must keep supporting Ostravia\'s reforms"', "added", "She", "ilse-varga", None),
        ("direct", "We are grateful to our friends.", "said", "Mr Reyel", "tomas-reyel", None),
        ("indirect", "Allies would meet again in June", "said", "Ms Varga", "ilse-varga", None),
        ("direct", "This is an important moment", "said", "she", "ilse-varga", None),
        ("direct", "and we are ready.", None, "she", "ilse-varga", "q6"),
    ],
    "transcript.txt": [
        ("direct", "We need instructors before the summer.", "told", "Mr Reyel", "tomas-reyel", None),
    ],
    "english-two-paragraphs.txt": [
        ("direct", "Ostravia has been a reliable partner for many years. Your soldiers have served with ours in "
         "difficult places.", "said", "she", "ilse-varga", None),
        ("direct", "We will continue to work together, and we will do more", None, "she", "ilse-varga", "q1"),
    ],
    "english-speakers.txt": [
        ("direct", "Ostravia's future is in the Euro-Atlantic family", None, "Secretary General", "ilse-varga", None),
        ("direct", "Ostravia is a valued partner. We will continue our support.", "said", "Ms Varga", "ilse-varga", None),
        ("direct", "NATO's door remains open", "stressed", "the Secretary General", "ilse-varga", None),
        ("direct", "and Ostravia knows it.", None, "the Secretary General", "ilse-varga", "q3"),
        ("direct", "Without NATO's support, our reforms would not have been possible", "said", "he", "tomas-reyel",
         None),
        ("indirect", 'the exercise "Northern Shield" had been a success', "said", "He", "tomas-reyel", None),
        ("indirect", "Ostravia will host a NATO training centre in 2025", None, "the Minister", "tomas-reyel", None),
    ],
    "french-tight.txt": [
        ("direct", "L'Alliance reste unie", None, "Ilse Varga", "ilse-varga", None),
        ("direct", "Nous avons pris des décisions importantes", "a-t-elle dit", "elle", "ilse-varga", None),
        ("direct", "et nous les appliquerons.", None, "elle", "ilse-varga", "q2"),
        ("mixed", "son pays était «prêt à contribuer»", "a affirmé", "Le ministre Tomas Reyel", "tomas-reyel", None),
        ("direct", "Nous serons présents.", "a ajouté", "Il", "tomas-reyel", None),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every layout fixture ingested into one corpus with the fixture registry (and the releases its roles
    cite, so that the registry validates)."""
    return ingest_into(tmp_path_factory.mktemp("layout-corpus"), FIXTURES, [*EXPECTED_METADATA, *CITED])


def _draft(root: Path, name: str) -> Release:
    return Corpus.at(root).load(EXPECTED_METADATA[name][0]).release


@pytest.mark.parametrize("name", sorted(EXPECTED_METADATA))
def test_layout_metadata_and_segments(drafts: Path, name: str) -> None:
    release_id, kind, published, updated, event, kinds = EXPECTED_METADATA[name]
    release = _draft(drafts, name)
    meta = release.metadata
    assert release.id == release_id
    assert meta.document_kind.value == kind
    assert (fact_summary(meta.published), fact_summary(meta.updated), fact_summary(meta.event_date)) == (
        published,
        updated,
        event,
    )
    assert [s.kind.value for s in release.segments] == kinds


@pytest.mark.parametrize("name", sorted(EXPECTED_QUOTES))
def test_layoutquote_summary(drafts: Path, name: str) -> None:
    assert quote_summary(_draft(drafts, name)) == EXPECTED_QUOTES[name]


def test_layout_drafts_validate(drafts: Path) -> None:
    result = validate(drafts)
    assert result.ok
    assert sorted(f.code for f in result.findings) == ["NP507"] * (len(EXPECTED_METADATA) + len(CITED))


def test_straight_quote_pairs() -> None:
    """Opening `"` after a line start, white space or `(`; closing after a non-space; never across
    paragraphs unless reopened; `5"` (inches) and single quotes ‘ ’ pair with nothing."""
    text = 'He said "yes" and "no".\n"a\n"b" 5" x\n"unclosed\nnext" end ‘not’ ("x")'
    assert [text[p.open : p.close + 1] for p in guillemet_pairs(text)] == ['"yes"', '"no"', '"a\n"b"', '"x"']
    assert guillemet_pairs("Sweden's \"membership\" isn't") == [Pair(9, 20)]
    assert guillemet_pairs("‘Not a quote’ in French or English") == []
    # a curly quote closed by a straight mark on its line pairs with no later `”` (that one closes `"B`)
    assert guillemet_pairs('“A," said X. "B.”') == []
    assert guillemet_pairs('“A,” said X. “B."') == [Pair(0, 3)]
    assert guillemet_pairs('“We call it "Jazz" here,” he said') == [Pair(0, 24), Pair(12, 17)]


@pytest.mark.parametrize(
    ("title", "mention", "speaker"),
    [
        ('NATO Secretary General: "We stand together"', None, None),
        ("Secrétaire générale de l’OTAN : « Nous restons unis »", None, None),
        ("Ilse Varga: “We stand together”", "Ilse Varga", "ilse-varga"),
        ("Mme Varga : « Nous restons unis »", "Mme Varga", "ilse-varga"),
        ("Minister of Defence of Ostravia Tomas Reyel: “We are ready”", "Minister of Defence of Ostravia Tomas Reyel",
         "tomas-reyel"),
        ("La secrétaire générale : « Nous restons unis »", None, None),
        ('Secretary General: "We stand together"', None, None),
        ("Ilse Varga and Tomas Reyel: “We stand together”", None, None),
    ],
)  # fmt: skip
def test_speaker_label_before_a_colon(title: str, mention: str | None, speaker: str | None) -> None:
    """Words before the colon that name a registry person (a name, an honorific + surname) name the
    speaker; a bare title names nobody unless the text ties it to a name (next test). The cue stays null."""
    release = draft_release(f"{title}\n\nBody text of the release.\n", registry=REGISTRY)
    (quote,) = release.quotes
    assert (quote.type.value, quote.cue) == ("direct", None)
    assert (quote.speaker_mention.text if quote.speaker_mention else None, quote.speaker) == (
        mention,
        speaker,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('NATO Secretary General: "We stand together"\n\nNATO Secretary General Ilse Varga met Ms Reyel.\n',
         "ilse-varga"),
        ("Secrétaire générale de l’OTAN : « Nous restons unis »\n\nLa secrétaire générale de l’OTAN, "
         "Ilse Varga, a reçu M. Reyel.\n", "ilse-varga"),
        ('NATO Secretary General: "We stand together"\n\nNATO Secretary General Tomas Reyel met Ms Varga.\n',
         "tomas-reyel"),
        ('NATO Secretary General: "We stand together"\n\nThe Secretary General has met Ilse Varga.\n', None),
    ],
)  # fmt: skip
def test_a_title_names_whom_the_text_names_with_it(text: str, speaker: str | None) -> None:
    """Who holds a title comes from this text's apposition (`NATO Secretary General Ilse Varga`), never
    from roles the registry recorded from other releases: titles change hands (the registry says Varga is
    Secretary General, yet a text that names Reyel so is about Reyel). A clause is not an apposition."""
    release = draft_release(text, registry=REGISTRY)
    assert [q.speaker for q in release.quotes] == [speaker]


def test_speaker_label_held_by_two_people_stays_null() -> None:
    """A role two registry persons hold names neither: no guess."""
    data = REGISTRY.model_dump(mode="json", by_alias=True)
    reyel = next(e for e in data["entities"] if e["id"] == "tomas-reyel")
    varga = next(e for e in data["entities"] if e["id"] == "ilse-varga")
    reyel["roles"].append(next(r for r in varga["roles"] if r["role"] == "NATO Secretary General"))
    registry = Registry.model_validate(data)
    release = draft_release('NATO Secretary General: "We stand together"\n\nBody.\n', registry=registry)
    assert [(q.speaker, q.speaker_mention) for q in release.quotes] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,” said NATO Secretary General Ilse Varga.",
         [("direct", "We are ready", "said", "NATO Secretary General Ilse Varga", "ilse-varga", None)]),
        ("“Are we ready?” asked the Secretary General.",
         [("direct", "Are we ready?", "asked", "the Secretary General", None, None)]),
        ("“We are ready,” said Ms Varga, adding: “We will act.”",
         [("direct", "We are ready", "said", "Ms Varga", "ilse-varga", None),
          ("direct", "We will act.", "adding", "Ms Varga", "ilse-varga", None)]),
        ("« Nous sommes prêts », a dit Ilse Varga, « et nous agirons. »",
         [("direct", "Nous sommes prêts", "a dit", "Ilse Varga", "ilse-varga", None),
          ("direct", "et nous agirons.", None, "Ilse Varga", "ilse-varga", "q1")]),
        ("Mr Reyel said that Ostravia was ready, adding that training would start soon.",
         [("indirect", "Ostravia was ready", "said", "Mr Reyel", "tomas-reyel", None),
          ("indirect", "training would start soon", "adding", "Mr Reyel", "tomas-reyel", None)]),
        ('Mr. Reyel said: "We are ready." He added: "Thank you."',
         [("direct", "We are ready.", "said", "Mr. Reyel", "tomas-reyel", None),
          ("direct", "Thank you.", "added", "He", "tomas-reyel", None)]),
        ('The Secretary General said Allies were "ready to act".',
         [("mixed", 'Allies were "ready to act"', "said", "The Secretary General", None, None)]),
        ("M. Reyel a remercié les Alliés. « Sans votre aide, rien n’aurait été possible », a-t-il souligné.",
         [("direct", "Sans votre aide, rien n’aurait été possible", "a-t-il souligné", "il", "tomas-reyel", None)]),
        ("Selon la secrétaire générale, « la coopération doit s’approfondir ».",
         [("direct", "la coopération doit s’approfondir", None, "la secrétaire générale", None, None)]),
        ("« Nous serons unis », a conclu Mme Varga, qui a évoqué l’exercice « Bouclier du Nord ».",
         [("direct", "Nous serons unis", "a conclu", "Mme Varga", "ilse-varga", None)]),
        ("The Minister visited the troops, adding that training would start soon.",
         [("indirect", "training would start soon", "adding", None, None, None)]),
    ],
)  # fmt: skip
def test_attributions(text: str, expected: list[tuple[str, ...]]) -> None:
    """Titles before a name, `asked`, a participle cue (a quote of its own, the sentence's speaker, never
    guessed without one), an interrupted French quotation, a cue that introduces the next quotation, a
    verb of saying without `that`, `il` after a sentence whose subject is another person, `Selon X, « … »`,
    a quoted name after an attribution."""
    release = draft_release(f"Short title\n\n{text}\n", registry=REGISTRY)
    assert quote_summary(release) == expected


@pytest.mark.parametrize(
    ("line", "final"),
    [("It was signed.”", "."), ('He agreed."', "."), ("(see below.)", "."), ("Varga and Reyel", "l")],
)
def test_final_punctuation_before_closing_marks(line: str, final: str) -> None:
    assert final_character(line) == final


def test_paragraph_ending_in_a_closing_mark_is_body_not_caption_or_title() -> None:
    line = 'Mr Reyel said that the talks were "very good."'
    assert looks_like_caption(line, "en") is None
    assert not looks_like_title("Ilse Varga thanked Tomas Reyel.”")
    assert looks_like_caption("Ilse Varga thanked Tomas Reyel.)", "en") is None
    assert looks_like_caption("Ilse Varga and Tomas Reyel at NATO Headquarters", "en") == ""


@pytest.mark.parametrize(
    ("text", "span", "updated", "published"),
    [
        (
            "Header\nUpdated: 16-Aug-2006 NATO Speeches\n\n3 June 2003\n\nFifth anniversary of the Centre\n\n"
            "The Centre opened five years ago in Velgrad.\n",
            "Updated: 16-Aug-2006",
            dt.date(2006, 8, 16),
            dt.date(2003, 6, 3),
        ),
        (
            "Updated: 14-Oct-2003 October\n\n10 Oct. 2003\n\nOstravian headquarters joins the Response Force\n\n"
            "The corps headquarters in Velgrad was certified at a ceremony held on 9 October.\n",
            "Updated: 14-Oct-2003",
            dt.date(2003, 10, 14),
            dt.date(2003, 10, 10),
        ),
    ],
)
def test_an_update_item_without_time_gives_its_day(
    text: str, span: str, updated: dt.date, published: dt.date
) -> None:
    """`Updated: 16-Aug-2006` shows no time: `updated` is the day alone, no time invented (guidelines 4); the
    section label after it (`NATO Speeches`, or the issue's month without its year, `October`: 1.84) is no
    part of it, and the date under it is `published`."""
    release = draft_release(text, registry=REGISTRY, release_id="x")
    assert release.metadata.updated is not None
    assert release.metadata.updated.value == updated
    assert release.metadata.updated.span is not None
    assert release.metadata.updated.span.text == span
    written = release.model_dump_json(by_alias=True)
    assert Release.model_validate_json(written).metadata.updated == release.metadata.updated
    assert f'"value":"{updated.isoformat()}"' in written
    assert release.metadata.published is not None
    assert release.metadata.published.value == published


def test_an_update_before_publication_is_transcribed() -> None:
    """`• 03 May. 2017` over `Mis à jour le: 02 May. 2017 16:20`: the page itself dates its update before
    the date on top (often the event's, on nato.int), so the draft keeps both, as the page states them, and
    the validator accepts them (NP503 does not apply to a span holding the update label)."""
    text = (
        "Discours du secrétaire général à Velgrad\n\n  • 03 May. 2017 -\n  • |\n"
        "  • Mis à jour le: 02 May. 2017 16:20\n\nLe secrétaire général s’est exprimé devant le Parlement.\n"
    )
    release = draft_release(text, registry=REGISTRY, release_id="x")
    assert release.metadata.published is not None
    assert str(release.metadata.published.value) == "2017-05-03"
    assert release.metadata.updated is not None and release.metadata.updated.span is not None
    assert release.metadata.updated.span.text == "Mis à jour le: 02 May. 2017 16:20"
    assert release.metadata.updated.value == dt.datetime(2017, 5, 2, 16, 20)


def test_an_update_label_above_its_date() -> None:
    """`Mise à jour :` ⏎ `16-Jun-2004 11:04`: the label alone on its line over the update's date, and the
    older site's `Autres langues |` link and `Digithèque de l'OTAN` label, are the date block and chrome, no
    title; the date is the update's, never `published` (guidelines 4)."""
    text = (
        "![]() |\nMise à jour :\n16-Jun-2004 11:04\n|\nAutres langues |\nLe sommet de Velgrad\n\n"
        "Les dirigeants des pays de l'OTAN se sont réunis à Velgrad pour parler des opérations.\n"
    )
    release = draft_release(text, registry=REGISTRY, release_id="x")
    assert release.metadata.title is not None and release.metadata.title.value == "Le sommet de Velgrad"
    assert release.metadata.published is None
    assert release.metadata.updated is not None and release.metadata.updated.span is not None
    assert release.metadata.updated.span.text == "Mise à jour :\n16-Jun-2004 11:04"
    assert release.metadata.updated.value == dt.datetime(2004, 6, 16, 11, 4)
    labelled = "![]() |\nMise-à-jour: 31-Jul-2007 | Digithèque de l'OTAN |\nLe guide du sommet de Velgrad\n\n"
    release = draft_release(labelled + "Les dirigeants se sont réunis.\n", registry=REGISTRY, release_id="x")
    assert (
        release.metadata.title is not None and release.metadata.title.value == "Le guide du sommet de Velgrad"
    )
    assert release.metadata.updated is not None and release.metadata.updated.value == dt.date(2007, 7, 31)


def test_an_update_item_with_a_press_statement_label() -> None:
    """`Mise jour: 11-Mar-2001 Déclaration à la presse` (the accent of `à` lost, the older site's section label
    after it): the update item of the date block, not chrome (guidelines 1.61)."""
    text = (
        "Mise jour: 11-Mar-2001 Déclaration à la presse\n\n11 mars 2001\n\n"
        "Déclaration du Secrétaire général à Velgrad\n\nLe Secrétaire général a rencontré le Président.\n"
    )
    release = draft_release(text, registry=REGISTRY, release_id="x")
    assert release.metadata.updated is not None and release.metadata.updated.span is not None
    assert release.metadata.updated.span.text == "Mise jour: 11-Mar-2001"
    assert release.metadata.updated.value == dt.date(2001, 3, 11)
    assert release.metadata.published is not None and str(release.metadata.published.value) == "2001-03-11"


def test_a_line_of_what_where_when_is_a_caption() -> None:
    """What an image shows, a place and a date with its year (guidelines 1, 1.84); not a dateline's place."""
    assert looks_like_caption("Ostravian frigate Velgrad, Baltic Sea, March 3rd 2021.", "en") == ""
    assert looks_like_caption("Brussels, Belgium, 12 May 2019", "en") is None
