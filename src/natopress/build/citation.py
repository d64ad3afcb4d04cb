"""The dataset's citation and licence, from CITATION.cff (the one source of title, authors, version, date and
repository URL), rendered as BibTeX and APA for the card, Croissant and the tests.

cffconvert 2.0.0 (the Citation File Format's converter) writes a group author unbraced in BibTeX, so BibTeX
splits "The natopress team" as a person's name, and it has no BibTeX field for the version: the card's BibTeX
is therefore rendered here, with the group braced (`{{...}}`, the BibTeX way to keep a name whole) and a
`version` field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from natopress.resources import CITATION, resource

CITATION_PATH = Path(str(resource(CITATION)))
"""The shipped CITATION.cff (natopress.resources): in a checkout, a link to the repository's own."""
ANNOTATIONS_LICENSE = "CC-BY-4.0"
LICENSE_EXPRESSION = f"LicenseRef-NATO-Terms-of-Use AND {ANNOTATIONS_LICENSE}"
"""pyproject.toml's licence (an SPDX expression, PEP 639): the texts follow NATO's terms, the annotations
CC BY 4.0. The card says `license: other` with LICENSE.md; CITATION.cff, whose `license` takes SPDX list ids
only, states it in its abstract."""
LICENSE_SUMMARY = (
    "Texts: NATO's terms of use. Annotations: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
)
"""The licence in one sentence (Croissant's `license`, CITATION.cff's abstract)."""
LICENSE_TEXT = """# Licence of the natopress dataset

The source texts (the `text` and `body` columns and every span text copied from them) are NATO's
publications; they are redistributed here for research and their reuse follows NATO's terms of use.

The annotations (segments, metadata facts, quotes, mentions, the entity registry and every derived column)
are the natopress project's work, released under the Creative Commons Attribution 4.0 International licence
(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).
"""
"""LICENSE.md, in the repository and in every build."""


@dataclass(frozen=True)
class Author:
    """A CFF author: a group (`name`, an entity) or a person (`family-names`, `given-names`)."""

    name: str | None = None
    family: str | None = None
    given: str | None = None

    def bibtex(self) -> str:
        """The author as BibTeX reads it: a group braced whole, a person `Family, Given`."""
        if self.name is not None:
            return "{" + self.name + "}"
        return f"{self.family}, {self.given}" if self.given else str(self.family)

    def apa(self) -> str:
        """The author as APA writes it: a group as is, a person `Family, G.`."""
        if self.name is not None:
            return self.name
        initials = " ".join(f"{part[0]}." for part in (self.given or "").split())
        return f"{self.family}, {initials}" if initials else str(self.family)


@dataclass(frozen=True)
class Citation:
    """What every citation format carries; `url` is CITATION.cff's `repository-code` (None until set)."""

    title: str
    authors: tuple[Author, ...]
    version: str
    released: str
    url: str | None


def read_citation(path: Path = CITATION_PATH) -> Citation:
    """The citation in CITATION.cff; KeyError when a required key (title, authors, version,
    date-released) is missing."""
    cff = yaml.safe_load(path.read_text("utf-8"))
    authors = tuple(
        Author(a.get("name"), a.get("family-names"), a.get("given-names")) for a in cff["authors"]
    )
    return Citation(
        str(cff["title"]), authors, str(cff["version"]), str(cff["date-released"]), cff.get("repository-code")
    )


def bibtex_entry(citation: Citation, key: str = "natopress") -> str:
    """The BibTeX `@misc` entry: title, authors (groups kept whole), year, version, note and url (if set)."""
    fields = [
        ("title", citation.title),
        ("author", " and ".join(a.bibtex() for a in citation.authors)),
        ("year", citation.released[:4]),
        ("version", citation.version),
        ("note", f"Dataset, version {citation.version}"),
    ]
    if citation.url:
        fields.append(("url", citation.url))
    width = max(len(name) for name, _ in fields)
    body = "".join(f"  {name.ljust(width)} = {{{value}}},\n" for name, value in fields)
    return f"@misc{{{key},\n{body}}}"


def apa_reference(citation: Citation) -> str:
    """The APA reference: `Authors (year). Title (version X) [Data set]. URL`."""
    authors = ", ".join(a.apa() for a in citation.authors)
    reference = (
        f"{authors} ({citation.released[:4]}). {citation.title} (version {citation.version}) [Data set]."
    )
    return f"{reference} {citation.url}" if citation.url else reference
