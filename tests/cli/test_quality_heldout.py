"""`natopress quality --gold DIR --texts DIR`: drafts scored against independent readings (issue 14)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from natopress.cli import main
from natopress.draft.heldout import Tally, match_quotes, render_tally, same_person, score
from natopress.draft.ingest import draft_release
from natopress.model import Registry

DATA = Path(__file__).parents[1] / "data" / "heldout"
EMPTY = Registry.model_validate({"schema_version": "1.0", "entities": []})
KEY = "2019-03-12-en-fixture-dsg"


def _text() -> str:
    return (DATA / "texts" / f"{KEY}.txt").read_text("utf-8")


def _reading() -> dict[str, object]:
    return json.loads((DATA / "gold" / f"{KEY}.json").read_text("utf-8"))


def test_score_counts_found_missed_and_speakers() -> None:
    tally = score(KEY, _text(), _reading(), EMPTY)
    assert (tally.gold_quotes, tally.drafted_quotes, tally.matched_quotes) == (3, 2, 2)
    assert (tally.speaker_right, tally.speaker_wrong, tally.speaker_null) == (2, 0, 0)
    assert (tally.gold_persons, tally.persons_proposed) == (2, 1)
    assert tally.type_right == 2  # direct and indirect, as read
    assert (tally.drafted_persons, tally.drafted_persons_named) == (1, 1)  # Marek Halvorsen
    assert (tally.metadata_fields, tally.metadata_exact, tally.invented) == (4, 4, 0)
    assert any("Dana Kovacs" in f for f in tally.failures)


def test_a_wrong_speaker_and_an_invented_value_are_counted_apart_from_null() -> None:
    reading = _reading()
    reading["quotes"][0]["speaker"] = "Dana Kovacs"  # type: ignore[index]
    reading["quotes"][1]["speaker"] = None  # type: ignore[index]
    reading["metadata"]["event_date"] = None  # type: ignore[index]
    tally = score(KEY, _text(), reading, EMPTY)
    assert (tally.speaker_right, tally.speaker_wrong, tally.speaker_null) == (0, 2, 0)
    assert tally.invented == 2  # a speaker where the reading has none, an event date it does not give


def test_a_body_speaking_where_the_reading_has_none_is_collective_not_a_wrong_person() -> None:
    text = (
        "Allies meet in Brussels\n\n12 Mar. 2019\n\nThe North Atlantic Council stated that the exercise had"
        " been a success. Ambassador Ilse Varga said that Ostravia was ready.\n"
    )
    meta = {
        "title": "Allies meet in Brussels",
        "published": "2019-03-12",
        "updated": None,
        "event_date": None,
    }
    quotes = [
        {"type": "indirect", "content": "the exercise had been a success", "cue": "stated", "speaker": None},
        {"type": "indirect", "content": "Ostravia was ready", "cue": "said", "speaker": None},
    ]
    reading = {"language": "en", "metadata": meta, "quotes": quotes, "persons": ["Ilse Varga"]}
    tally = score("k", text, reading, EMPTY)
    assert (tally.speaker_right, tally.speaker_wrong, tally.speaker_collective) == (0, 1, 1)
    assert tally.invented == 1  # Ilse Varga where the reading has none; the Council is no invented person
    assert "k: collective speaker 'North Atlantic Council' for gold quote 0 (expected None)" in tally.failures


def test_two_persons_speaking_jointly_where_the_reading_has_none_are_collective() -> None:
    text = (
        "Minister visits NATO\n\n12 Mar. 2019\n\nLe secrétaire général, Marek Halvorsen, a reçu le ministre"
        " Tomas Rieger. Les deux responsables sont convenus que la coopération devait être renforcée.\n"
    )
    meta = {"title": "Minister visits NATO", "published": "2019-03-12", "updated": None, "event_date": None}
    quote = {"type": "indirect", "content": "la coopération devait être renforcée", "cue": "sont convenus"}
    reading = {
        "language": "fr",
        "metadata": meta,
        "quotes": [{**quote, "speaker": None}],
        "persons": ["Marek Halvorsen", "Tomas Rieger"],
    }
    tally = score("k", text, reading, EMPTY)
    counts = (tally.speaker_right, tally.speaker_wrong, tally.speaker_collective, tally.invented)
    assert counts == (0, 0, 1, 0)  # joint speakers: neither right nor wrong nor invented
    assert "k: collective speaker 'Marek Halvorsen' and 'Tomas Rieger' for gold quote 0 (expected None)" in (
        tally.failures
    )


def test_a_wrong_type_and_a_person_the_reading_does_not_name_are_counted() -> None:
    reading = _reading()
    reading["quotes"][1]["type"] = "mixed"  # type: ignore[index]
    reading["persons"] = ["Dana Kovacs"]
    tally = score(KEY, _text(), reading, EMPTY)
    assert tally.type_right == 1
    assert (tally.drafted_persons, tally.drafted_persons_named) == (1, 0)
    assert f"{KEY}: type indirect for gold quote 1 (expected mixed)" in tally.failures
    assert f"{KEY}: proposed person the reading does not name: Marek Halvorsen" in tally.failures


def test_quotes_match_on_substantial_overlap_only() -> None:
    text = _text()
    release = draft_release(text, registry=EMPTY, release_id=KEY)
    gold = [{"content": "Ostravia is a valued"}, {"content": "valued"}, {"content": "absent words here"}]
    assert match_quotes(text, release.quotes, gold) == [(0, 0)]


def test_same_person_by_key_or_last_words() -> None:
    assert same_person("Anders Fogh Rasmussen", "Rasmussen")
    assert same_person("Jörg Rüter", "JORG RUTER")
    assert not same_person("Ilse Varga", "Tomas Reyel") and not same_person(None, "Tomas Reyel")


def test_same_person_by_initials_of_the_given_names() -> None:
    assert same_person("J. Appathurai", "James Appathurai") and same_person(
        "James Appathurai", "J. Appathurai"
    )
    assert same_person("A. Rasmussen", "Anders Fogh Rasmussen")
    assert not same_person("K. Appathurai", "James Appathurai")  # another initial
    assert not same_person("J. Smith", "James Appathurai")  # another surname


def test_same_person_with_or_without_a_generational_suffix() -> None:
    assert same_person("Karl B. Weller", "Karl B. Weller, IV") and same_person(
        "Karl Weller Jr.", "Karl Weller"
    )
    assert not same_person("Karl Weller", "Karl Wellers, IV")  # another surname


def test_same_person_with_or_without_a_peers_territorial_designation() -> None:
    assert same_person("Halvorsen", "Lord Halvorsen of Ostrava City")
    assert same_person("Lord Halvorsen of Ostrava City", "Halvorsen")
    assert not same_person("Varga", "Lord Halvorsen of Ostrava City")  # another peer's title


def test_a_title_broken_over_two_lines_reads_as_on_one() -> None:
    text = _text()
    reading = _reading()
    title = str(reading["metadata"]["title"])  # type: ignore[index]
    words = title.split()
    broken = text.replace(title, " ".join(words[:4]) + "\n" + " ".join(words[4:]), 1)  # `General` / `visits`
    reading["metadata"]["title"] = title  # type: ignore[index]
    tally = score(KEY, broken, reading, EMPTY)
    assert not any("metadata title" in f for f in tally.failures), tally.failures


def test_render_prints_the_figures() -> None:
    tally = Tally(releases=1, gold_quotes=4, matched_quotes=3, drafted_quotes=3, speaker_right=3)
    table = render_tally(tally)
    assert "quotes found (recall)" in table and "75 % (3/4)" in table and "100 % (3/3)" in table


def test_command_prints_the_table_and_refuses_bad_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["quality", "--gold", str(DATA / "gold"), "--texts", str(DATA / "texts"), "--no-registry"]
    assert main([*args, "--details"]) == 0
    out = capsys.readouterr().out
    assert "67 % (2/3)" in out and "person not proposed: Dana Kovacs" in out
    shutil.copytree(DATA, tmp_path / "h")
    (tmp_path / "h" / "gold" / f"{KEY}.json").write_text("{\n  nope", "utf-8")
    bad = ["quality", "--gold", str(tmp_path / "h" / "gold"), "--texts", str(DATA / "texts"), "--no-registry"]
    assert main(bad) == 1
    assert f"{KEY}.json:2: not JSON" in capsys.readouterr().err
    assert main(["quality", "--gold", str(DATA / "gold")]) == 2


def test_a_person_proposed_under_two_spellings_is_the_person_read_under_either() -> None:
    text = (
        "Minister visits NATO\n\nDefence Minister Tomas Rieger of Ostravia visited NATO Headquarters.\n\n"
        "“We are ready,” said Tomas Reiger, who met Ilse Varga."
    )
    meta = {"title": "Minister visits NATO", "published": None, "updated": None, "event_date": None}
    quote = {"type": "direct", "content": "We are ready", "cue": "said", "speaker": "Tomas Reiger"}
    reading = {
        "language": "en",
        "metadata": meta,
        "quotes": [quote],
        "persons": ["Tomas Reiger", "Ilse Varga"],
    }
    tally = score(KEY, text, reading, EMPTY)
    assert tally.speaker_right == 1
    assert (tally.gold_persons, tally.persons_proposed) == (2, 2)  # one proposal, `Tomas Rieger` first
    assert (tally.drafted_persons, tally.drafted_persons_named) == (2, 2)
