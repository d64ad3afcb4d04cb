"""One reader (natopress.corpus), one git helper (natopress.git) and constants defined once (issue 10)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import VALID

from natopress.build.rows import mention_rows
from natopress.cli import main
from natopress.corpus import (
    BYTE_ORDER_MARK,
    Corpus,
    CorpusError,
    has_byte_order_mark,
    parse,
    read_revision,
    without_byte_order_mark,
)
from natopress.git import GitError, git
from natopress.model import SCHEMA_VERSION, Registry, Release, entity_index
from natopress.pointer import escape_token, pointer_join
from natopress.validate.positions import PositionIndex

FIXTURE = VALID / "2000-01-01-fr-fixture.json"


def _fixture_with(change: str, replacement: str) -> bytes:
    raw = FIXTURE.read_text("utf-8")
    assert change in raw
    return raw.replace(change, replacement, 1).encode("utf-8")


def test_parse_is_strict_like_the_validator() -> None:
    """A string offset passes pydantic's lax mode; the one reader refuses it with file and pointer."""
    data = json.loads(FIXTURE.read_bytes())
    data["segments"][0]["span"]["start"] = str(data["segments"][0]["span"]["start"])
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert Release.model_validate_json(raw).id == data["id"]  # lax mode would accept it
    with pytest.raises(CorpusError) as caught:
        parse(Release, raw, "x.json")
    assert caught.value.file == "x.json"
    assert str(caught.value) == "x.json: /segments/0/span/start: Input should be a valid integer"


def test_corpus_error_names_the_file_on_each_line() -> None:
    raw = _fixture_with('"language": "fr"', '"language": "French", "extra": 1')
    with pytest.raises(CorpusError) as caught:
        parse(Release, raw, "r.json")
    lines = str(caught.value).splitlines()
    assert len(lines) == 2 and all(line.startswith("r.json: /") for line in lines)
    assert caught.value.reason.splitlines() == [line.removeprefix("r.json: ") for line in lines]


def test_byte_order_mark_is_one_function() -> None:
    raw = FIXTURE.read_bytes()
    assert has_byte_order_mark(BYTE_ORDER_MARK + raw) and not has_byte_order_mark(raw)
    assert without_byte_order_mark(BYTE_ORDER_MARK + raw) == raw == without_byte_order_mark(raw)
    assert parse(Release, BYTE_ORDER_MARK + raw, "f") == parse(Release, raw, "f")


def test_missing_file_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"^.*nothing\.json: No such file or directory$"):
        Corpus(tmp_path).load_release("nothing")
    with pytest.raises(CorpusError, match="not a corpus folder"):
        Corpus(tmp_path).snapshot()


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(VALID, repo / "annotations")
    for args in (("init", "-q"), ("add", ".")):
        git(*args, cwd=repo)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "c"],
        cwd=repo,
        check=True,
    )
    return repo


def test_read_revision_equals_reading_the_folder(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    assert read_revision("HEAD", cwd=repo) == Corpus(repo / "annotations").snapshot()


def test_git_error_carries_command_and_message(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    with pytest.raises(GitError) as caught:
        read_revision("no-such-revision", cwd=repo)
    assert caught.value.command.startswith(f"git -C {repo} rev-parse --verify")
    with pytest.raises(GitError, match="not a git repository"):
        git("status", cwd=tmp_path)


def test_diff_reports_a_bad_revision_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "old"
    shutil.copytree(VALID, folder)
    (folder / FIXTURE.name).write_bytes(_fixture_with('"schema_version": "1.0"', '"schema_version": "2.0"'))
    assert main(["diff", str(folder), str(VALID)]) == 1
    assert f"{folder / FIXTURE.name}: /schema_version: Input should be '1.0'" in capsys.readouterr().err


def test_schema_version_is_the_models() -> None:
    assert SCHEMA_VERSION == "1.0"
    assert Registry(schema_version=SCHEMA_VERSION, entities=[]).schema_version == SCHEMA_VERSION


def test_pointer_escaping_is_one_function() -> None:
    assert escape_token("a~b/c") == "a~0b~1c"
    assert pointer_join("x", "a/b", 0) == "/x/a~1b/0"
    index = PositionIndex('{"a/b":\n {"c~d": 1}}')
    assert "/a~1b/c~0d" in index.offsets
    assert index.locate("/a~1b/c~0d") == (2, 3)


def test_entity_index_first_wins_in_the_validator_and_the_build() -> None:
    corpus = Corpus(VALID)
    registry = corpus.load_registry()
    first = registry.entities[0]
    twin = first.model_copy(update={"name": "Un autre nom"})
    doubled = registry.model_copy(update={"entities": [first, twin, *registry.entities[1:]]})
    assert entity_index(doubled)[first.id] is first
    document = corpus.load(FIXTURE.stem)
    names = {row["entity_name"] for row in mention_rows(document, doubled) if row["entity_id"] == first.id}
    assert names == {first.name}


def test_export_names_the_file_it_cannot_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "file"
    out.write_text("x", encoding="utf-8")
    assert main(["export", "brat", "--root", str(VALID), "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"natopress export: {out}: exists and is not a folder\n"


def test_reader_pointers_are_escaped() -> None:
    raw = _fixture_with('"language": "fr"', '"language": "fr", "a/b~c": 1')
    with pytest.raises(CorpusError, match=r"^r\.json: /metadata/a~1b~0c: Extra inputs are not permitted$"):
        parse(Release, raw, "r.json")
