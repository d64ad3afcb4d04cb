"""Where the repository's folders are: the default corpus, the committed schema, the loader."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS_DIR = REPO_ROOT / "annotations"
SCHEMA_DIR = REPO_ROOT / "schema"
RELEASE_SCHEMA_PATH = SCHEMA_DIR / "release.schema.json"
REGISTRY_SCHEMA_PATH = SCHEMA_DIR / "registry.schema.json"
REGISTRY_FILENAME = "registry.json"
SOURCES_FILENAME = "SOURCES.md"
"""The corpus's record of where each release's text comes from, cited by `SOURCES.md#<release-id>`."""
