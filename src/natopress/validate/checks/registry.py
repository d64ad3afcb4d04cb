"""NP41x registry: entity ids unique, `replaced_by` resolves without a cycle, roles cite a release."""

from __future__ import annotations

from natopress.document import EntityData, RegistryData, entity_index
from natopress.validate.findings import Finding, define, pointer_join

DUPLICATE_ENTITY = define(
    "NP410",
    "duplicate entity id",
    "two registry entities have the same id (ids are unique corpus-wide)",
    'two `"id": "bruxelles"`',
)
UNKNOWN_REPLACEMENT = define(
    "NP411",
    "unresolved replaced_by",
    "`replaced_by` names an id that is not in the registry",
    '`"replaced_by": "nato-new"` with no such entity',
)
REPLACEMENT_CYCLE = define(
    "NP412", "replaced_by cycle", "following `replaced_by` comes back to the same entity", "a -> b -> a"
)
UNKNOWN_ROLE_RELEASE = define(
    "NP413",
    "role cites an unknown release",
    "a role's `release` is not a release of the corpus",
    '`"release": "2000-01-01-fr-unknown"`',
)


def check_registry(registry: RegistryData, file: str) -> list[Finding]:
    """NP410-NP412."""
    findings = []
    seen: set[str] = set()
    for i, entity in enumerate(registry["entities"]):
        if entity["id"] in seen:
            findings.append(
                DUPLICATE_ENTITY.at(file, pointer_join("entities", i, "id"), f"id {entity['id']!r} repeated")
            )
        seen.add(entity["id"])
    index = entity_index(registry)
    for i, entity in enumerate(registry["entities"]):
        replaced_by = entity["replaced_by"]
        if replaced_by is None:
            continue
        pointer = pointer_join("entities", i, "replaced_by")
        if replaced_by not in index:
            message = f"replaced_by {replaced_by!r} is not in the registry"
            findings.append(UNKNOWN_REPLACEMENT.at(file, pointer, message))
            continue
        chain = [entity["id"]]
        current: EntityData | None = entity
        while current is not None and current["replaced_by"] is not None:
            if current["replaced_by"] in chain:
                message = "replaced_by cycle: " + " -> ".join([*chain, current["replaced_by"]])
                findings.append(REPLACEMENT_CYCLE.at(file, pointer, message))
                break
            chain.append(current["replaced_by"])
            current = index.get(current["replaced_by"])
    return findings


def check_role_releases(registry: RegistryData, release_ids: set[str], file: str) -> list[Finding]:
    """NP413: every role cites a release of the corpus."""
    return [
        UNKNOWN_ROLE_RELEASE.at(
            file, pointer_join("entities", i, "roles", j, "release"), f"no release {role['release']!r}"
        )
        for i, entity in enumerate(registry["entities"])
        for j, role in enumerate(entity["roles"])
        if role["release"] not in release_ids
    ]
