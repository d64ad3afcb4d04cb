"""A rank or title followed by a name belongs to that name; a nominal mention resolves only to the person
the same text gives that title to (issue 13 item 7)."""

from __future__ import annotations

import pytest

from natopress.draft.ingest import draft_release
from natopress.model import MentionKind, Registry

REGISTRY = Registry.model_validate(
    {
        "schema_version": "1.0",
        "entities": [
            {"id": "jens-stoltenberg", "type": "PER", "name": "Jens Stoltenberg", "aliases": ["Stoltenberg"]},
            {"id": "franco-federici", "type": "PER", "name": "Franco Federici", "aliases": []},
            {"id": "marek-nowak", "type": "PER", "name": "Marek Nowak", "aliases": []},
            {"id": "nato", "type": "ORG", "name": "OTAN", "aliases": ["NATO"]},
            {"id": "kfor", "type": "ORG", "name": "KFOR", "aliases": []},
        ],
    }
)
ROLES = {
    "franco-federici": ["général de division", "commandant", "Major General"],
    "jens-stoltenberg": ["secrétaire général de l’OTAN", "NATO Secretary General"],
}


def registry_with_roles(text: str) -> Registry:
    """The registry with roles citing `text` itself (the roles' heads are what nominal mentions look for)."""
    data = REGISTRY.model_dump(mode="json", by_alias=True, exclude_none=True)
    for entity in data["entities"]:
        entity["roles"] = [
            {"role": role, "release": "2024-01-01-fr-x", "span": {"start": 0, "end": 1, "text": text[0]}}
            for role in ROLES.get(entity["id"], [])
        ]
    return Registry.model_validate(data)


def nominal(text: str, with_nowak: bool = True) -> list[tuple[str, str]]:
    registry = registry_with_roles(text)
    if not with_nowak:
        registry = registry.model_copy(
            update={"entities": [e for e in registry.entities if e.id != "marek-nowak"]}
        )
    release = draft_release(text, registry=registry, release_id="2024-01-01-fr-x")
    return [(m.span.text, m.entity) for m in release.mentions if m.kind is MentionKind.NOMINAL]


FRENCH = (
    "Le secrétaire général de l’OTAN rencontre les soldats de la KFOR\n\n"
    "Le secrétaire général de l’OTAN, Jens Stoltenberg, s’est rendu au camp de Novo Selo. "
    "Le général de brigade Marek Nowak, commandant du groupement, l’a accueilli.\n"
)
ENGLISH = (
    "NATO Secretary General visits KFOR troops\n\n"
    "NATO Secretary General Jens Stoltenberg visited Camp Novo Selo. "
    "The Major General Marek Nowak, commander of the battle group, welcomed him.\n"
)


@pytest.mark.parametrize("with_nowak", [True, False])
def test_a_rank_before_a_name_is_no_nominal_mention(with_nowak: bool) -> None:
    found = nominal(FRENCH, with_nowak)
    assert ("Le général", "jens-stoltenberg") not in found
    assert all(text != "Le général" for text, _ in found)
    assert ("Le secrétaire général", "jens-stoltenberg") in found  # the title's own holder, named here


def test_english_rank_before_a_name() -> None:
    assert all(not text.startswith("The Major General") for text, _ in nominal(ENGLISH))


def test_a_title_inside_a_longer_title_names_nobody() -> None:
    """`général` in `secrétaire général … Jens Stoltenberg` does not make Stoltenberg `le général`."""
    text = (
        "Visite au Kosovo\n\n"
        "Le secrétaire général de l’OTAN, Jens Stoltenberg, s’est rendu à Pristina. "
        "Le général a ensuite visité le camp.\n"
    )
    assert nominal(text) == [("Le secrétaire général", "jens-stoltenberg")]


def test_the_holder_this_text_names_with_the_rank() -> None:
    text = (
        "Visite au Kosovo\n\n"
        "Le commandant de la KFOR, le général de division Franco Federici, a reçu Jens Stoltenberg. "
        "Le général a présenté la situation.\n"
    )
    assert ("Le général", "franco-federici") in nominal(text)


def test_a_title_in_two_casings_is_one_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    """Roles `secrétaire général …` and `Secrétaire général …` have one head up to case: each place the text
    writes it is one nominal mention, not two with the same span (NP404)."""
    roles = ["secrétaire général de l’OTAN", "Secrétaire général de l’organisation"]
    monkeypatch.setitem(ROLES, "jens-stoltenberg", roles)
    text = (
        "Visite au siège\n\n"
        "Le Premier ministre s’est entretenu avec le Secrétaire général de l’OTAN, M. Jens Stoltenberg.\n\n"
        "Le secrétaire général a souligné que les réformes devaient se poursuivre.\n\n"
        "Le Secrétaire général a félicité le pays.\n"
    )
    release = draft_release(text, registry=registry_with_roles(text), release_id="2024-01-01-fr-x")
    spans = [(m.span.start, m.span.end) for m in release.mentions]
    assert len(spans) == len(set(spans))
    assert [m.span.text for m in release.mentions if m.kind is MentionKind.NOMINAL] == [
        "le Secrétaire général",
        "Le secrétaire général",
        "Le Secrétaire général",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Visite en Ostravie\n\n"
        "Le général Marek Nowak, directeur de l’État-major militaire international, s’est rendu à Velgrad. "
        "« La région compte pour l’OTAN », a indiqué le directeur général de l’État-major militaire international.\n",
        "Visit to Ostravia\n\n"
        "General Marek Nowak, Director of the International Military Staff, visited Velgrad. "
        '"The region matters to NATO," said the Director General of the International Military Staff.\n',
    ],
)
def test_a_longer_title_is_not_the_shorter_ones_holder(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """`le directeur général de l’EMI` is another title than `directeur de l’EMI` (guidelines 2.4: only a
    shorter form of a title names its holder): no nominal mention of the director, no speaker."""
    monkeypatch.setitem(ROLES, "marek-nowak", ["directeur de l’État-major", "Director of the Staff"])
    release = draft_release(text, registry=registry_with_roles(text), release_id="2024-01-01-fr-x")
    assert [m.span.text for m in release.mentions if m.kind is MentionKind.NOMINAL] == []
    assert [q.speaker for q in release.quotes] == [None]
