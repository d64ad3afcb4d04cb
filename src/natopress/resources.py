"""The files natopress ships as package data (natopress/files/): the card template, the citation, the
annotation guidelines and the changelog. In a checkout they are symbolic links to the repository's own
files, so there is one copy; a wheel or an sdist holds them as plain files."""

from __future__ import annotations

import re
from importlib.resources import files
from importlib.resources.abc import Traversable

CARD_TEMPLATE = "DATASET_CARD.md"
CITATION = "CITATION.cff"
GUIDELINES = "ANNOTATION_GUIDELINES.md"
CHANGELOG = "CHANGELOG.md"
SHIPPED = (CARD_TEMPLATE, CITATION, GUIDELINES, CHANGELOG)
"""Every file in natopress/files/ (the test of the installed wheel checks each is there)."""


def resource(name: str) -> Traversable:
    """The shipped file `name` (one of SHIPPED); raises FileNotFoundError when reading a name not shipped."""
    return files("natopress") / "files" / name


def read_resource(name: str) -> str:
    """The UTF-8 text of the shipped file `name`."""
    return resource(name).read_text(encoding="utf-8")


def guidelines_version() -> str:
    """The version ANNOTATION_GUIDELINES.md states on its `Version **X.Y**` line (the shipped copy), the
    one a checked annotation records. Raises ValueError when the line is missing."""
    match = re.search(r"^Version \*\*([0-9.]+)\*\*", read_resource(GUIDELINES), re.MULTILINE)
    if match is None:
        raise ValueError(f"{GUIDELINES}: no `Version **X.Y**` line")
    return match.group(1)
