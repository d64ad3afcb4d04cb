"""One corpus checked in the browser: a release's state, saving a candidate after validation, restoring the
previous version, reopening and marking a release checked. Everything the web server does to the disk."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from natopress.atomic import write_text_atomic
from natopress.corpus import Corpus, read_source
from natopress.draft.dates import site_dates
from natopress.draft.eventdates import event_date
from natopress.model import HANDLE_PATTERN, Registry, Release
from natopress.paths import REGISTRY_FILENAME
from natopress.resources import guidelines_version
from natopress.serialize import to_json
from natopress.tools.check import candidate
from natopress.validate.findings import Finding, Severity
from natopress.validate.runner import validate

GUIDELINES_VERSION = guidelines_version()
"""The version of ANNOTATION_GUIDELINES.md that "Mark checked" records, read from the document itself."""
HISTORY_DIR = ".natopress-check"
"""Folder inside the corpus for the previous versions and the check state (not a release: not `*.json`
at the corpus's top level, so `natopress validate` and `build` never read it)."""

Json = dict[str, Any]


class CheckRefused(Exception):
    """A request the session refuses; `status` is the HTTP status the server answers with."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Outcome:
    """What a save did: whether it wrote, the findings of the candidate, and the new state when it wrote."""

    saved: bool
    findings: list[Json]
    state: Json | None = None


def _finding_json(finding: Finding, origins: Mapping[str, list[str]], release_file: str) -> Json:
    is_release = Path(finding.file).name == release_file
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "file": "release" if is_release else "registry",
        "pointer": finding.pointer,
        "key": candidate.key_of_pointer(finding.pointer, origins) if is_release else None,
    }


@dataclass
class CheckSession:
    """The corpus at `root`; `today` gives the date "Mark checked" records."""

    root: Path
    today: Callable[[], dt.date] = field(default=dt.date.today)

    @property
    def corpus(self) -> Corpus:
        return Corpus(self.root)

    def require(self, release_id: str) -> None:
        """Raises CheckRefused (404) unless `release_id` is a release of this corpus (never a path)."""
        if release_id not in set(self.corpus.release_ids()):
            raise CheckRefused(f"no release {release_id!r} in this corpus", 404)

    def _history(self, release_id: str, what: str) -> Path:
        return self.root / HISTORY_DIR / f"{release_id}.{what}.json"

    def _read_json(self, path: Path) -> Json | None:
        try:
            value = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def _on_disk(self, release_id: str) -> Json:
        value = self._read_json(self.corpus.json_path(release_id))
        if value is None:
            raise CheckRefused(f"{release_id}.json does not parse; fix it by hand first", 422)
        return value

    def _progress(self, release_id: str, release: Mapping[str, Any]) -> Json:
        """The check's progress: suggestions, decisions, item keys. A record made for other bytes than the
        file now holds (edited by hand since) is ignored: every item of the file is a suggestion again."""
        saved = self._read_json(self._history(release_id, "check"))
        if saved is not None and saved.get("file") == self._file_hash(release_id):
            return saved
        checked = release.get("annotation", {}).get("status") == "checked"
        suggestions = [] if checked else candidate.suggestion_keys(release)
        return {"suggestions": suggestions, "decisions": {}, "origins": None, "reopened": False}

    def _file_hash(self, release_id: str) -> str:
        return hashlib.sha256(self.corpus.json_path(release_id).read_bytes()).hexdigest()

    def _record(self, release_id: str, what: str, progress: Mapping[str, Any]) -> None:
        """Writes the progress of the release file as it is now (its sha256 included)."""
        record = {**progress, "file": self._file_hash(release_id)}
        write_text_atomic(self._history(release_id, what), json.dumps(record))

    def registry_entities(self) -> list[Json]:
        """The registry's entities as plain JSON (empty when it does not parse)."""
        value = self._read_json(self.corpus.registry_path) or {}
        entities = value.get("entities", [])
        return entities if isinstance(entities, list) else []

    def state(self, release_id: str) -> Json:
        """What the page shows: text, release (items keyed), suggestions, decisions, whether it is locked."""
        self.require(release_id)
        release = self._on_disk(release_id)
        progress = self._progress(release_id, release)
        checked = release.get("annotation", {}).get("status") == "checked"
        return {
            "id": release_id,
            "text": read_source(self.corpus.text_path(release_id)),
            "release": candidate.with_keys(release, progress.get("origins")),
            "suggestions": progress["suggestions"],
            "decisions": progress["decisions"],
            "locked": checked and not progress.get("reopened", False),
            "can_restore": self._history(release_id, "previous").is_file(),
            "guidelines": GUIDELINES_VERSION,
            "entities": self._entities_used(release),
        }

    def _entities_used(self, release: Mapping[str, Any]) -> Json:
        """Type and name of each registry entity the release refers to, by id."""
        used = {m.get("entity") for m in release.get("mentions", [])}
        used |= {q.get("speaker") for q in release.get("quotes", [])}
        return {
            e["id"]: {"type": e.get("type"), "name": e.get("name")}
            for e in self.registry_entities()
            if isinstance(e, dict) and e.get("id") in used
        }

    def read_date(self, release_id: str, start: int, end: int) -> str | None:
        """The date (or date-time) the words `text[start:end]` name, read by the draft's rules
        (natopress.draft.dates: `Ce jeudi (7 septembre 2023)`, `12 Mar. 2025 17:05`), ISO 8601; None when
        they name none. CheckRefused (400) for offsets outside the text (code points)."""
        self.require(release_id)
        text = read_source(self.corpus.text_path(release_id))
        if not 0 <= start < end <= len(text):
            raise CheckRefused(f"[{start}, {end}) is not a span of the text (0-{len(text)})", 400)
        found = event_date(text, start, end) or next(iter(site_dates(text, start, end)), None)
        return None if found is None else found.value.isoformat()

    def reopen(self, release_id: str) -> Json:
        """Unlocks a checked release for editing; its items become suggestions to check again."""
        self.require(release_id)
        release = self._on_disk(release_id)
        progress: Json = {"suggestions": candidate.suggestion_keys(release), "decisions": {}, "origins": None}
        self._record(release_id, "check", {**progress, "reopened": True})
        return self.state(release_id)

    def findings(self, release_id: str, release: Json, entities: list[Json], strict: bool) -> list[Finding]:
        """`natopress validate` (strict or not) of the candidate release and registry, in a temporary copy
        of the release: its `.txt`, the candidate `.json` and registry, and an empty placeholder per other
        release so registry roles citing them still resolve."""
        with tempfile.TemporaryDirectory(prefix="natopress-check-") as folder:
            root = Path(folder)
            shutil.copyfile(self.corpus.text_path(release_id), root / f"{release_id}.txt")
            for other in self.corpus.release_ids():
                (root / f"{other}.json").touch()
            path = root / f"{release_id}.json"
            path.write_text(_as_written(release, Release), "utf-8")
            registry = {**(self._read_json(self.corpus.registry_path) or {}), "entities": entities}
            (root / REGISTRY_FILENAME).write_text(_as_written(registry, Registry), "utf-8")
            result = validate(root, [path], strict=strict, jobs=1)
        return [f for f in result.findings if f.file.endswith((f"{release_id}.json", REGISTRY_FILENAME))]

    def _annotation(self, release: Json, handle: str | None) -> Json:
        notes = (release.get("annotation") or {}).get("notes")
        if handle is None:
            return {
                "status": "draft",
                "checked_by": [],
                "checked_on": None,
                "guidelines": None,
                "notes": notes,
            }
        return {
            "status": "checked",
            "checked_by": [handle],
            "checked_on": self.today().isoformat(),
            "guidelines": GUIDELINES_VERSION,
            "notes": notes,
        }

    def save(self, release_id: str, payload: Mapping[str, Any], handle: str | None = None) -> Outcome:
        """Validates the page's candidate and writes it when no error remains; with `handle`, marks it
        checked (strict validation, every suggestion decided). Raises CheckRefused for a locked release,
        a bad payload or pending suggestions."""
        self.require(release_id)
        on_disk = self._on_disk(release_id)
        progress = self._progress(release_id, on_disk)
        if on_disk.get("annotation", {}).get("status") == "checked" and not progress.get("reopened"):
            raise CheckRefused(f"{release_id} is checked; reopen it before changing it")
        release, decisions, new_entities = _payload(payload)
        if handle is not None:
            _require_decided(progress["suggestions"], decisions, handle)
            new_entities = new_entities + accepted_proposals(release)
        release, origins = candidate.normalized(release)
        release["annotation"] = self._annotation(release, handle)
        entities = sorted(self.registry_entities() + new_entities, key=lambda e: str(e.get("id")))
        found = self.findings(release_id, release, entities, strict=handle is not None)
        release_file = f"{release_id}.json"
        shown = [_finding_json(f, origins, release_file) for f in found]
        if any(f.severity is Severity.ERROR for f in found):
            return Outcome(False, shown)
        self._write(release_id, release, entities if new_entities else None)
        reopened = handle is None and bool(progress.get("reopened"))
        kept = {"suggestions": progress["suggestions"], "decisions": decisions, "origins": origins}
        if handle is not None:
            kept = {"suggestions": [], "decisions": {}, "origins": None}
        self._record(release_id, "check", {**kept, "reopened": reopened})
        return Outcome(True, shown, self.state(release_id))

    def _write(self, release_id: str, release: Json, entities: list[Json] | None) -> None:
        """Keeps the file on disk as the previous version, then writes the new one (both atomically)."""
        path = self.corpus.json_path(release_id)
        write_text_atomic(self._history(release_id, "previous"), read_source(path))
        self._record(release_id, "previous-check", self._progress(release_id, self._on_disk(release_id)))
        if entities is not None:
            registry = Registry.model_validate(
                {**(self._read_json(self.corpus.registry_path) or {}), "entities": entities}
            )
            write_text_atomic(self.corpus.registry_path, to_json(registry))
        write_text_atomic(path, to_json(Release.model_validate(release)))

    def restore(self, release_id: str) -> Json:
        """Swaps the release (and its check state) with the previous version; restoring again undoes it."""
        self.require(release_id)
        previous = self._history(release_id, "previous")
        if not previous.is_file():
            raise CheckRefused(f"{release_id} has no previous version to restore", 404)
        on_disk = self._on_disk(release_id)
        if on_disk.get("annotation", {}).get("status") == "checked":
            progress = self._progress(release_id, on_disk)
            if not progress.get("reopened"):
                raise CheckRefused(f"{release_id} is checked; reopen it before restoring")
        path, check = self.corpus.json_path(release_id), self._history(release_id, "check")
        old_check = self._history(release_id, "previous-check")
        swap = [(path, previous)] + ([(check, old_check)] if old_check.is_file() and check.is_file() else [])
        for current, kept in swap:
            current_text, kept_text = read_source(current), read_source(kept)
            write_text_atomic(kept, current_text)
            write_text_atomic(current, kept_text)
        return self.state(release_id)


def _payload(payload: Mapping[str, Any]) -> tuple[Json, dict[str, str], list[Json]]:
    """The release, decisions and new entities of a save request; CheckRefused (400) when malformed."""
    release, decisions = payload.get("release"), payload.get("decisions", {})
    entities = payload.get("new_entities", [])
    if not isinstance(release, dict):
        raise CheckRefused("the request has no release object", 400)
    if not isinstance(decisions, dict) or not all(
        isinstance(k, str) and v in candidate.DECISIONS for k, v in decisions.items()
    ):
        raise CheckRefused("decisions must map item keys to accepted, corrected or rejected", 400)
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise CheckRefused("new_entities must be a list of entity objects", 400)
    return release, decisions, entities


def _require_decided(suggestions: list[str], decisions: Mapping[str, str], handle: str) -> None:
    """CheckRefused unless `handle` is a valid handle and every suggestion has a decision."""
    if re.match(HANDLE_PATTERN, handle) is None:
        raise CheckRefused(f"handle {handle!r} is not a handle like annotator-1", 400)
    left = candidate.pending(suggestions, decisions)
    if left:
        raise CheckRefused(f"{len(left)} suggestion(s) not yet accepted, corrected or rejected: {left[0]}…")


def _as_written(data: Json, model_class: type[Release] | type[Registry]) -> str:
    """The candidate as a save would write it: the canonical form when it parses (so the validator's NP018
    does not flag the temporary copy), else plain JSON for the validator to report on."""
    try:
        return to_json(model_class.model_validate(data))
    except ValueError:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def accepted_proposals(release: Json) -> list[Json]:
    """At "mark checked": the draft's proposed entities (`proposed_entities`, natopress ingest) that a
    mention, a quote's speaker or a co-speaker still refers to are accepted into the registry, since the
    annotator accepted what links to them; the others are dropped. Removes `proposed_entities` from
    `release` (a checked release holds none: NP508) and returns the accepted entities."""
    proposals = release.pop("proposed_entities", None) or []
    used = {m.get("entity") for m in release.get("mentions", []) if isinstance(m, dict)}
    for quote in release.get("quotes", []):
        if isinstance(quote, dict):
            used.add(quote.get("speaker"))
            used.update(quote.get("co_speakers") or [])
    return [p for p in proposals if isinstance(p, dict) and p.get("id") in used]
