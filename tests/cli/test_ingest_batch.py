"""`natopress ingest DIR` / several files: many releases drafted in one run (issue 14 item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from natopress.cli import main
from natopress.corpus import Corpus

RELEASES = {
    "a.txt": "Ostravia joins exercise\n\n12 Mar. 2019\n\nMs Dana Kovacs said that Ostravia was ready.\n",
    "b.txt": "Le ministre visite l’OTAN\n\n13 Mar. 2019\n\nM. Marek Halvorsen a déclaré que l’OTAN restait unie.\n",
}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    texts, corpus = tmp_path / "texts", tmp_path / "corpus"
    texts.mkdir()
    corpus.mkdir()
    (corpus / "registry.json").write_text('{"schema_version": "1.0", "entities": []}\n', "utf-8")
    for name, text in RELEASES.items():
        (texts / name).write_text(text, "utf-8")
    return texts, corpus


def test_a_folder_is_drafted_in_one_run(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    texts, corpus = folders
    assert main(["ingest", str(texts), "--root", str(corpus)]) == 0
    assert capsys.readouterr().out.count("wrote ") == 2
    ids = sorted(p.stem for p in corpus.glob("*.json") if p.name != "registry.json")
    assert ids == ["2019-03-12-en-ostravia-joins-exercise", "2019-03-13-fr-le-ministre-visite-l-otan"]
    release = Corpus.at(corpus).load(ids[0]).release
    assert [q.speaker for q in release.quotes] == ["dana-kovacs"]


def test_a_refused_file_does_not_stop_the_others(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    texts, corpus = folders
    (texts / "empty.txt").write_text("  \n", "utf-8")
    assert (
        main(
            [
                "ingest",
                str(texts / "a.txt"),
                str(texts / "empty.txt"),
                str(texts / "b.txt"),
                "--root",
                str(corpus),
            ]
        )
        == 1
    )
    captured = capsys.readouterr()
    assert captured.out.count("wrote ") == 2 and "empty.txt: empty file" in captured.err


def test_one_id_for_many_files_is_a_usage_error(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    texts, corpus = folders
    assert main(["ingest", str(texts), "--root", str(corpus), "--id", "x-1"]) == 2
    assert "--url and --id name one release" in capsys.readouterr().err
