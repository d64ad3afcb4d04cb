"""A build whose corpus is not the content its version names says so; `build --strict` refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.files import generated_block

from natopress.build import builder
from natopress.build.builder import mismatch_message
from natopress.build.card_corpus import VERSIONS_BEGIN, VERSIONS_END
from natopress.build.versions import package_version
from natopress.cli import main
from natopress.fingerprint import fingerprint

FIXTURE = Path(__file__).parents[1] / "data" / "seeds"
RECORDED = "sha256:" + "0" * 64
"""A fingerprint no corpus has: what CHANGELOG.md records for the version in these tests."""


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(builder, "recorded_fingerprint", lambda version: RECORDED)
    return RECORDED


def test_the_message_names_both_fingerprints() -> None:
    assert mismatch_message("0.2.0", "sha256:a", None) is None  # not released yet
    assert mismatch_message("0.2.0", "sha256:a", "sha256:a") is None
    message = mismatch_message("0.2.0", "sha256:a", "sha256:b")
    assert message is not None and "(sha256:a) is not the content of version 0.2.0 (sha256:b" in message


def test_a_build_of_other_content_warns_and_says_so_in_its_card(
    recorded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dataset"
    assert main(["build", "--root", str(FIXTURE), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("natopress build: warning: the corpus (") and recorded in err
    block = generated_block((out / "README.md").read_text("utf-8"), VERSIONS_BEGIN, VERSIONS_END)
    assert f"is not the content of version {package_version()}" in block


def test_strict_refuses_it_and_writes_nothing(
    recorded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dataset"
    assert main(["build", "--strict", "--root", str(FIXTURE), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("natopress build: error: the corpus (")
    assert not out.exists()


def test_strict_builds_the_content_of_the_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(builder, "recorded_fingerprint", lambda version: fingerprint(FIXTURE))
    out = tmp_path / "dataset"
    assert main(["build", "--strict", "--root", str(FIXTURE), "--out", str(out)]) == 0
    assert capsys.readouterr().err == ""
    block = generated_block((out / "README.md").read_text("utf-8"), VERSIONS_BEGIN, VERSIONS_END)
    assert block.startswith(f"This build is exactly the content of version {package_version()}.")
