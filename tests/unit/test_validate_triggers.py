"""Triggers of codes that need a situation rather than a fixture file, one test per branch not covered by
test_validate_hostile (the invalid fixtures cover the file-borne triggers, one file per branch)."""

from __future__ import annotations

from pathlib import Path

from natopress.validate.runner import validate


def test_unreadable_path_is_np002_with_the_reason(corpus: Path) -> None:
    # A name longer than any file system allows: lstat fails with an OSError that is not FileNotFoundError.
    path = corpus / ("x" * 300 + ".json")
    findings = validate(corpus, [path]).findings
    assert [f.code for f in findings] == ["NP002"]
    assert findings[0].message.startswith("cannot read: ")  # then the system's reason (strerror)
