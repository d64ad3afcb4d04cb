"""Issue 14: every person, organisation and place a release names is proposed or linked to the registry."""

from __future__ import annotations

from natopress.draft.ingest import draft_release
from natopress.draft.names import RuleFinder
from natopress.draft.proposals import entity_id, name_key
from natopress.model import EntityType, Registry, Release

EMPTY = Registry.model_validate({"schema_version": "1.0", "entities": []})
REGISTRY = Registry.model_validate(
    {
        "schema_version": "1.0",
        "entities": [
            {"id": "ilse-varga", "type": "PER", "name": "Ilse Varga"},
            {"id": "nato", "type": "ORG", "name": "NATO", "aliases": ["OTAN"]},
        ],
    }
)
ENGLISH = (
    "NATO Deputy Secretary General meets Ostravian Minister\n\n"
    "12 Mar. 2019\n\n"
    "NATO Deputy Secretary General Marek Halvorsen met the Minister of Defence of Ostravia, "
    "Ms Dana Kovacs, in Brussels on Tuesday. Mr Halvorsen thanked Ms Kovacs. "
    "Ilse Värga and Ms Varga also attended.\n"
)
FRENCH = (
    "Le secrétaire général adjoint reçoit la ministre\n\n"
    "Le secrétaire général adjoint de l’OTAN, Marek Halvorsen, a reçu Mme Dana Kovacs à Bruxelles. "
    "M. Halvorsen a rappelé que l’Alliance restait unie.\n"
)


def _draft(text: str, registry: Registry = EMPTY) -> dict[str, tuple[str, str, list[str], list[str]]]:
    release = draft_release(text, registry=registry, release_id="2019-03-12-en-fixture-proposals")
    return {
        e.id: (e.type.value, e.name, e.aliases, [r.role for r in e.roles]) for e in release.proposed_entities
    }


def _linked(release: Release) -> dict[str, str]:
    """Each mention's text and the entity it is linked to."""
    return {m.span.text: m.entity for m in release.mentions}


def test_title_and_honorific_give_persons_with_their_stated_role() -> None:
    proposed = _draft(ENGLISH, REGISTRY)
    assert proposed["marek-halvorsen"] == (
        "PER",
        "Marek Halvorsen",
        ["Halvorsen"],
        ["NATO Deputy Secretary General"],
    )
    assert proposed["dana-kovacs"] == ("PER", "Dana Kovacs", ["Kovacs"], ["Minister of Defence of Ostravia"])
    assert proposed["brussels"][0] == "LOC"


def test_registry_match_beats_a_proposal_accents_and_surname_included() -> None:
    proposed = _draft(ENGLISH, REGISTRY)
    assert "ilse-varga" not in proposed and "ilse-varga-2" not in proposed and "nato" not in proposed
    assert not any(name_key(name) == "varga" for _, name, _, _ in proposed.values())
    release = draft_release(ENGLISH, registry=REGISTRY, release_id="2019-03-12-en-fixture-proposals")
    linked = _linked(release)
    assert linked["Marek Halvorsen"] == linked["Halvorsen"] == "marek-halvorsen"
    assert linked["Ilse Värga"] == "ilse-varga"  # an accent variant of a registry name is that entity


def test_without_registry_every_name_is_a_proposal_and_the_registry_is_untouched() -> None:
    proposed = _draft(ENGLISH)
    assert {"marek-halvorsen", "dana-kovacs", "ilse-varga"} <= set(proposed)
    assert proposed["ilse-varga"][2] == ["Ilse Värga", "Varga"] or proposed["ilse-varga"][1] == "Ilse Värga"
    assert EMPTY.entities == []


def test_french_apposition_and_honorific() -> None:
    release = draft_release(FRENCH, registry=REGISTRY, release_id="2019-03-12-fr-fixture-proposals")
    proposed = {e.id: e for e in release.proposed_entities}
    assert proposed["marek-halvorsen"].type is EntityType.PER
    assert [r.role for r in proposed["marek-halvorsen"].roles] == ["secrétaire général adjoint de l’OTAN"]
    assert proposed["dana-kovacs"].type is EntityType.PER
    assert [q.speaker for q in release.quotes] == ["marek-halvorsen"]


def test_rule_finder_cuts_the_title_off_and_skips_a_title_alone() -> None:
    text = "NATO Deputy Secretary General Marek Halvorsen spoke. The NATO Deputy Secretary General left."
    found = [(text[c.start : c.end], c.type.value) for c in RuleFinder().find(text, [(0, len(text))])]
    assert ("Marek Halvorsen", "PER") in found
    assert not any("Secretary" in name for name, _ in found)


def test_entity_id_is_stable_ascii() -> None:
    assert entity_id("Jörg Rüter") == "jorg-ruter"
    assert entity_id("Conseil de l’Atlantique Nord") == "conseil-de-l-atlantique-nord"  # as ingest.slug
    assert name_key("Jörg  RÜTER") == name_key("Jorg Ruter")
    assert name_key('Francisco "Seeker” Dionisio') == name_key("Francisco Dionísio")  # a nickname left out
    assert name_key("Anna “Ana” Berg") == "anna berg" != name_key("Anna Ana Berg")


def test_a_title_completed_by_a_capitalised_word_names_no_one() -> None:
    text = "He will meet the Minister for Defence Procurement, Mr James Cartlidge, and Sir Tim Barrow."
    found = [(text[c.start : c.end], c.type.value) for c in RuleFinder().find(text, [(0, len(text))])]
    assert found == [("James Cartlidge", "PER"), ("Tim Barrow", "PER")]


def test_name_the_excerpt_cuts_is_the_registry_person_it_begins() -> None:
    text = (
        "La secrétaire générale reçoit le ministre\n\n"
        "La secrétaire générale de l’OTAN, Ilse Varga, a reçu le ministre à Bruxelles.\n\n"
        "Mme Varg"
    )
    release = draft_release(text, registry=REGISTRY, release_id="2019-03-12-fr-fixture-proposals")
    linked = _linked(release)
    assert linked["Varg"] == "ilse-varga"  # guidelines §3: a name the excerpt's end cuts
    assert not any(e.type is EntityType.PER for e in release.proposed_entities)


def test_a_surname_alone_is_the_person_this_text_names_in_full_not_a_registered_namesake() -> None:
    # `Varga` is a registered person's surname (Ilse Varga), but this text names Petr Varga in full: the
    # surname alone, later, is his, and neither proposals nor mentions link it to the registered Ilse Varga
    text = "The Minister of Foreign Affairs of Ostravia, Petr Varga, met NATO officials.\n\nMr. Varga thanked NATO.\n"
    release = draft_release(text, registry=REGISTRY, release_id="2019-03-12-en-fixture-namesake")
    proposed = {e.id: e.aliases for e in release.proposed_entities}
    assert proposed["petr-varga"] == ["Varga"]
    assert {m.entity for m in release.mentions if m.span.text == "Varga"} == {"petr-varga"}


SURNAME_REGISTRY = Registry.model_validate(
    {
        "schema_version": "1.0",
        "entities": [{"id": "ilse-varga", "type": "PER", "name": "Ilse Varga", "aliases": ["Varga"]}],
    }
)


def test_another_given_name_before_a_registered_surname_is_another_person() -> None:
    """`Colonel Tom Varga` is not the registered Ilse Varga, nor is `colonel Varga` after him (round HI)."""
    text = (
        "Danish Battalion Change of Command\n\n"
        "Colonel Tom Varga took command of the Danish component on 13 August. The ceremony marked the "
        "handover from colonel Lawes to colonel Varga. Colonel Tom Varga said that the team would go on.\n"
    )
    release = draft_release(text, registry=SURNAME_REGISTRY, release_id="2019-03-12-en-fixture-surname")
    linked = _linked(release)
    assert linked["Tom Varga"] == "tom-varga" != "ilse-varga"
    assert "ilse-varga" not in {m.entity for m in release.mentions}
    assert [q.speaker for q in release.quotes] == ["tom-varga"]


def test_a_title_before_a_registered_surname_keeps_the_registered_person() -> None:
    """`Premier Varga`, `Mr Varga`: a title or honorific, no given name; the registry's person."""
    for lead in ("Premier", "Mr", "General"):
        text = f"Visit\n\n{lead} Varga said that the Alliance stands united.\n"
        release = draft_release(text, registry=SURNAME_REGISTRY, release_id="2019-03-12-en-fixture-surname")
        assert [q.speaker for q in release.quotes] == ["ilse-varga"], lead


def test_a_rank_abbreviation_before_a_registered_surname_is_no_given_name() -> None:
    """`Col Varga`: a rank written without its full stop, no given name (round HI)."""
    release = draft_release(
        "Visit\n\nCol Varga said that the Alliance stands united.\n",
        registry=SURNAME_REGISTRY,
        release_id="2019-03-12-en-fixture-surname",
    )
    assert [q.speaker for q in release.quotes] == ["ilse-varga"]


def test_a_name_before_a_dash_and_an_aside_in_marks_holds_no_dash() -> None:
    text = (
        "Le secrétaire général à Velgrad\n\n"
        "Il a salué la coopération avec l’Union européenne – « un partenaire essentiel » – et avec "
        "les Nations Unies.\n"
    )
    names = {name for _, name, _, _ in _draft(text).values()}
    assert "Union européenne" in names
    assert not any(name.rstrip().endswith(("–", "-", "—")) for name in names)
