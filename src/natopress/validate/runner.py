"""Runs every layer over a corpus folder (or some of its files) and returns the sorted findings."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from natopress.document import EntityData, RegistryData, entity_index
from natopress.paths import DEFAULT_CORPUS, REGISTRY_FILENAME, default_root
from natopress.validate.checks.citations import check_citations
from natopress.validate.checks.entities import check_mentions
from natopress.validate.checks.files import (
    MISSING_REGISTRY,
    MISSING_SOURCE,
    NOT_FOUND,
    ORPHAN_SOURCE,
    OUTSIDE_CORPUS,
    decode_source,
)
from natopress.validate.checks.metadata import check_metadata
from natopress.validate.checks.quotes import check_quotes
from natopress.validate.checks.registry import check_registry, check_role_releases
from natopress.validate.checks.segments import check_segments
from natopress.validate.checks.spans import check_span, check_spans
from natopress.validate.findings import Finding, Result, Severity
from natopress.validate.layers import load_document
from natopress.validate.parallel import default_jobs, ordered_map
from natopress.validate.positions import PositionIndex
from natopress.validate.reading import display, is_inside, read_bytes


class UsageError(Exception):
    """The command line names no usable corpus (exit status 2)."""


@dataclass
class _Selection:
    releases: list[Path]
    findings: list[Finding]


def _is_dir(path: Path) -> bool:
    """`path.is_dir()`, False when the path cannot even be looked up (e.g. a name too long): `read_bytes`
    then reports why (NP002) instead of a traceback."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _release_files(folder: Path) -> list[Path]:
    # By name, not by Path: the same order (one folder) at a fraction of the cost for 10,000 files.
    return sorted((p for p in folder.glob("*.json") if p.name != REGISTRY_FILENAME), key=lambda p: p.name)


def _registry_releases(root: Path) -> list[Path]:
    """For registry.json as PATH (pre-commit): releases affected by its changes since HEAD; all without git."""
    from natopress.git import GitError
    from natopress.validate.changed import registry_affected

    files = _release_files(root)
    try:
        ids = registry_affected(root, "HEAD", [p.stem for p in files])
    except GitError:
        return files
    return [p for p in files if p.stem in ids]


def _select_changed(root: Path, rev: str) -> _Selection:
    """The releases `--changed-since REV` checks (natopress.validate.changed); NP017 for lone sources."""
    from natopress.git import GitError
    from natopress.validate.changed import affected_releases

    try:
        ids = affected_releases(root, rev, [p.stem for p in _release_files(root)])
    except GitError as error:
        raise UsageError(f"--changed-since: {error}") from error
    releases, findings = [], []
    for release_id in sorted(ids):
        path = root / f"{release_id}.json"
        if path.exists() or path.is_symlink():
            releases.append(path)
        elif path.with_suffix(".txt").exists():
            source = path.with_suffix(".txt")
            message = f"{source.name} has no {release_id}.json beside it"
            findings.append(ORPHAN_SOURCE.at(display(source), message=message))
    return _Selection(releases, findings)


def _select(root: Path, paths: Sequence[Path]) -> _Selection:
    """The release files to check; a PATH outside the corpus or not found is a finding."""
    if not paths:
        orphans = [
            ORPHAN_SOURCE.at(display(p), message=f"{p.name} has no {p.stem}.json beside it")
            for p in sorted(root.glob("*.txt"), key=lambda p: p.name)
            if not (p.with_suffix(".json").exists() or p.with_suffix(".json").is_symlink())
        ]
        return _Selection(_release_files(root), orphans)
    real_root = root.resolve()
    releases: list[Path] = []
    findings: list[Finding] = []
    for given in paths:
        path = Path(os.path.abspath(given))
        if not (is_inside(path, root) or is_inside(path, real_root)):
            message = f"{given} is outside the corpus folder {display(root)} (see --root)"
            findings.append(OUTSIDE_CORPUS.at(display(path), message=message))
        elif _is_dir(path):
            releases.extend(_release_files(path))
        elif path.name == REGISTRY_FILENAME:
            releases.extend(_registry_releases(root))
        elif path.suffix in (".json", ".txt"):
            releases.append(path.with_suffix(".json"))
        else:
            message = f"{given} is not a release annotation (.json) or source (.txt)"
            findings.append(NOT_FOUND.at(display(path), message=message))
    return _Selection(sorted(set(releases)), findings)


MAX_PER_CODE = 100
"""Findings of one code shown per file; the rest are counted in one more finding (hostile files)."""


def _cap(findings: list[Finding]) -> list[Finding]:
    """At most MAX_PER_CODE findings of each code, plus one saying how many were left out."""
    counts = Counter(f.code for f in findings)
    if max(counts.values(), default=0) <= MAX_PER_CODE:
        return findings
    kept, seen = [], Counter[str]()
    for finding in findings:
        seen[finding.code] += 1
        if seen[finding.code] <= MAX_PER_CODE:
            kept.append(finding)
        elif seen[finding.code] == MAX_PER_CODE + 1:
            more = counts[finding.code] - MAX_PER_CODE
            message = f"{more} more {finding.code} finding(s) in this file not shown"
            kept.append(dataclasses.replace(finding, message=message, pointer="", line=None, column=None))
    return kept


def _locate(findings: list[Finding], text: str | None) -> list[Finding]:
    """Fills in line and column from the JSON pointers, indexing the text only when needed."""
    findings = _cap(findings)
    if text is None or all(f.line is not None for f in findings):
        return findings
    index = PositionIndex(text, {f.pointer for f in findings if f.line is None})
    located = []
    for finding in findings:
        if finding.line is None:
            line, column = index.locate(finding.pointer)
            finding = dataclasses.replace(finding, line=line, column=column)
        located.append(finding)
    return located


def corpus_file_names(root: Path) -> frozenset[str]:
    """The names of the files directly in the corpus folder `root`: what a citation may name (NP510)."""
    names = []
    try:
        with os.scandir(root) as entries:
            for entry in entries:
                try:
                    if entry.is_file():
                        names.append(entry.name)
                except OSError:  # a symbolic link loop: not a file a citation can name
                    continue
    except OSError:
        return frozenset()
    return frozenset(names)


def check_release(
    path: Path,
    real_root: Path,
    entities: dict[str, EntityData] | None,
    corpus_files: frozenset[str] | None = None,
) -> tuple[list[Finding], str | None]:
    """All findings of one release, and its source text.

    `corpus_files` (default: read from the release's folder) are the file names a citation may name.
    """
    file = display(path)
    read = read_bytes(path, real_root)
    if read.data is None:
        return read.findings, None
    source_path = path.with_suffix(".txt")
    source = read_bytes(source_path, real_root, MISSING_SOURCE)
    text, findings = None, list(source.findings)
    if source.data is not None:
        text, source_findings = decode_source(source.data, display(source_path))
        findings += source_findings
    loaded = load_document(read.data, "release", file)
    own = list(loaded.findings)
    release = loaded.data
    if release is not None:
        if entities is not None and release["proposed_entities"]:  # a draft may refer to its own proposals
            entities = {**{e["id"]: e for e in release["proposed_entities"]}, **entities}
        own += check_metadata(release, path.stem, source.data, file)
        own += check_spans(release, text, file)
        own += check_segments(release, text, file)
        own += check_quotes(release, entities, file)
        own += check_mentions(release, entities, file)
        if corpus_files is None:
            corpus_files = corpus_file_names(path.parent)
        own += check_citations(release, corpus_files, file)
    return findings + _locate(own, loaded.text), text


@dataclass(frozen=True)
class _ReleaseCheck:
    """check_release as a picklable callable for the workers; keeps the text of role releases only."""

    real_root: Path
    entities: dict[str, EntityData] | None
    role_releases: frozenset[str]
    corpus_files: frozenset[str]

    def __call__(self, path: Path) -> tuple[list[Finding], str | None]:
        """The findings of the release at `path`, and its text when a registry role cites it."""
        findings, text = check_release(path, self.real_root, self.entities, self.corpus_files)
        return findings, text if path.stem in self.role_releases else None


def _role_spans(registry: RegistryData, texts: dict[str, str], file: str) -> list[Finding]:
    """NP1xx for registry roles, against the text of the release each cites."""
    findings = []
    for i, entity in enumerate(registry["entities"]):
        for j, role in enumerate(entity["roles"]):
            if role["release"] in texts:
                findings += check_span(
                    role["span"], texts[role["release"]], file, ("entities", i, "roles", j, "span")
                )
    return findings


def _read_registry(root: Path, real_root: Path) -> tuple[RegistryData | None, str | None, list[Finding]]:
    """The corpus's registry (None when it cannot be read or fails the schema), its text and findings."""
    registry_path = root / REGISTRY_FILENAME
    read = read_bytes(registry_path, real_root, MISSING_REGISTRY)
    if read.data is None:
        return None, None, list(read.findings)
    loaded = load_document(read.data, "registry", display(registry_path))
    return loaded.data, loaded.text, list(read.findings) + loaded.findings


def _check_releases(
    releases: list[Path], check: _ReleaseCheck, jobs: int | None
) -> tuple[list[Finding], dict[str, str]]:
    """The findings of every release, and the texts that registry roles cite, by release id."""
    findings: list[Finding] = []
    texts: dict[str, str] = {}
    workers = jobs if jobs is not None else default_jobs(len(releases))
    # One release at a time in this process: only findings and the texts that registry roles cite are kept.
    for path, (release_findings, text) in zip(releases, ordered_map(check, releases, workers), strict=True):
        findings += release_findings
        if text is not None:
            texts[path.stem] = text
    return findings, texts


def _corpus_root(root: Path | None) -> Path:
    """The corpus folder to check, absolute: `root`, else ./annotations; UsageError when it is not a folder."""
    if root is None and not default_root().is_dir():
        raise UsageError(
            f"no corpus folder given and no {DEFAULT_CORPUS}/ in the current folder {Path.cwd()}; "
            "give --root DIR (a folder of <id>.json, <id>.txt and registry.json)"
        )
    root = Path(os.path.abspath(root if root is not None else default_root()))
    if not root.is_dir():
        raise UsageError(f"corpus folder {root} does not exist or is not a folder")
    return root


def validate(
    root: Path | None = None,
    paths: Sequence[Path] = (),
    strict: bool = False,
    jobs: int | None = None,
    changed_since: str | None = None,
) -> Result:
    """Validates the corpus at `root` (default: ./annotations), or only the given release files in it.

    The API of `natopress validate`: file layer (NP0xx), schema (NP02x), then the semantic checks
    (NP1xx-NP5xx) of each release that passed the schema. Bad input is a finding, never an exception.

    Args:
        root: the corpus folder; default `./annotations` (in the current folder).
        paths: release `.json` or `.txt` files, folders inside `root`, or `registry.json` (the releases its
            changes since HEAD affect); empty: every release of `root`.
        strict: make every warning (such as NP507, a draft) an error.
        jobs: worker processes (default: one per core above 500 releases, else one); same findings.
        changed_since: a git revision; replaces `paths` with the releases changed since it.

    Returns:
        A `Result`: `findings`, a tuple of `Finding` (code, severity, message, file, 1-based line and column
            in code points, JSON pointer) sorted by file, line, column and code; `releases`, the number of
            release files read; `ok`, True when no finding is an error.

    Raises:
        UsageError: `root` is not a folder, or `changed_since` cannot be resolved (CLI exit status 2).

    Examples:
        >>> from natopress.validate.runner import validate
        >>> result = validate()  # annotations/
        >>> result.ok, result.releases > 0
        (True, True)
    """
    root = _corpus_root(root)
    real_root = root.resolve()
    selection = _select_changed(root, changed_since) if changed_since is not None else _select(root, paths)
    findings = list(selection.findings)

    registry_file = display(root / REGISTRY_FILENAME)
    registry, registry_text, registry_findings = _read_registry(root, real_root)
    entities = entity_index(registry) if registry is not None else None
    role_releases = (
        {r["release"] for e in registry["entities"] for r in e["roles"]} if registry is not None else set()
    )
    if registry is not None:
        registry_findings += check_registry(registry, registry_file)
        corpus_ids = {p.stem for p in _release_files(root)}
        registry_findings += check_role_releases(registry, corpus_ids, registry_file)

    check = _ReleaseCheck(real_root, entities, frozenset(role_releases), corpus_file_names(root))
    release_findings, texts = _check_releases(selection.releases, check, jobs)
    findings += release_findings
    if registry is not None:
        registry_findings += _role_spans(registry, texts, registry_file)
    findings += _locate(registry_findings, registry_text)

    if strict:
        findings = [dataclasses.replace(f, severity=Severity.ERROR) for f in findings]
    return Result(tuple(sorted(findings, key=Finding.sort_key)), len(selection.releases))
