"""NP41x registry checks on small registries."""

from __future__ import annotations

from typing import Any

from helpers.documents import entity, found, registry

from natopress.validate.checks.registry import check_registry, check_role_releases

RELEASES = {"2000-01-01-fr-fixture"}


def role(release: str) -> dict[str, Any]:
    return {"role": "porte-parole", "release": release, "span": {"start": 0, "end": 5, "text": "Texte"}}


def test_valid_registry_has_no_finding() -> None:
    assert check_registry(registry(), "r") == []
    assert check_role_releases(registry(), RELEASES, "r") == []


def test_duplicate_entity_id() -> None:
    entities = [entity("a"), entity("b"), entity("a", "PER"), entity("a")]
    assert found(check_registry(registry(entities), "r")) == [
        ("NP410", "/entities/2/id"),
        ("NP410", "/entities/3/id"),
    ]


def test_replaced_by_resolves_without_a_cycle() -> None:
    entities = [entity("a", replaced_by="b"), entity("b", replaced_by="c"), entity("c")]
    entities += [entity("d", replaced_by="d"), entity("e", replaced_by="zz")]
    assert found(check_registry(registry(entities), "r")) == [
        ("NP411", "/entities/4/replaced_by"),
        ("NP412", "/entities/3/replaced_by"),
    ]


def test_every_entity_on_a_cycle_is_reported() -> None:
    entities = [entity("a", replaced_by="b"), entity("b", replaced_by="a"), entity("c", replaced_by="a")]
    assert found(check_registry(registry(entities), "r")) == [
        ("NP412", "/entities/0/replaced_by"),
        ("NP412", "/entities/1/replaced_by"),
        ("NP412", "/entities/2/replaced_by"),  # leads into the cycle
    ]


def test_chain_ending_at_an_unknown_id_is_np411_only() -> None:
    entities = [entity("a", replaced_by="b"), entity("b", replaced_by="zz")]
    assert found(check_registry(registry(entities), "r")) == [("NP411", "/entities/1/replaced_by")]


def test_roles_cite_a_release_of_the_corpus() -> None:
    entities = [
        entity("a", "PER", roles=[role("2000-01-01-fr-fixture"), role("2000-01-01-fr-unknown")]),
        entity("b", "PER", roles=[role("1999-12-31-en-gone")]),
    ]
    assert found(check_role_releases(registry(entities), RELEASES, "r")) == [
        ("NP413", "/entities/0/roles/1/release"),
        ("NP413", "/entities/1/roles/0/release"),
    ]
    assert found(check_role_releases(registry(), set(), "r")) == [("NP413", "/entities/3/roles/0/release")]
