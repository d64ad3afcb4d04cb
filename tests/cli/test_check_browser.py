"""`natopress check` end to end in headless Chromium: a full check of the drafted fixture release.

The person's actions (clicks, drags, keys, typed fields) are counted and written with one screenshot per
state to build/check-e2e/ (not committed); benchmarks/check_actions.py reports them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CHROMIUM_FLAGS, chromium_path

from natopress.cli import main
from natopress.paths import REPO_ROOT

playwright = pytest.importorskip("playwright.sync_api")

CHECK_DATA = Path(__file__).parents[1] / "data" / "check"
RELEASE = "2025-03-12-fr-fixture-check"
ARTIFACTS = REPO_ROOT / "build" / "check-e2e"
CHAR_BOX = """([cp, right]) => {
  const chunk = [...document.querySelectorAll('#text .c')]
    .find((c) => +c.dataset.s <= cp && cp < +c.dataset.e);
  const node = chunk.firstChild, cps = Array.from(node.data), i = cp - +chunk.dataset.s;
  const from = cps.slice(0, i).join('').length, range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, from + cps[i].length);
  const box = range.getBoundingClientRect();
  return { x: right ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
}"""


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`natopress check --no-browser` on a copy of the fixture corpus: its printed URL and the corpus."""
    root = Path(shutil.copytree(CHECK_DATA / "corpus", tmp_path / "corpus"))
    command = [sys.executable, "-m", "natopress.cli", "check", RELEASE, "--root", str(root), "--no-browser"]
    log = tmp_path / "server.log"
    with (
        log.open("w") as errors,
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True) as process,
    ):
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:") and "/?token=" in url, log.read_text()
            yield url, root
        finally:
            process.terminate()
            process.wait(timeout=10)


class Person:
    """Drives the page like a person and counts what they do: each click, drag, key or typed field is one."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.actions: list[str] = []
        self.shots = 0

    def _at(self, cp: int, right: bool = False) -> tuple[float, float]:
        point = self.page.evaluate(CHAR_BOX, [cp, right])  # type: ignore[attr-defined]
        return point["x"], point["y"]

    def click_text(self, cp: int) -> None:
        self.page.mouse.click(*self._at(cp))  # type: ignore[attr-defined]
        self.actions.append(f"click text at {cp}")

    def drag(self, start: int, end: int) -> None:
        """Selects from the character at `start` to the one before `end` with the mouse."""
        mouse = self.page.mouse  # type: ignore[attr-defined]
        mouse.move(*self._at(start))
        mouse.down()
        mouse.move(*self._at(end - 1, right=True), steps=5)
        mouse.up()
        self.actions.append(f"select [{start}, {end})")

    def key(self, key: str) -> None:
        self.page.keyboard.press(key)  # type: ignore[attr-defined]
        self.actions.append(f"key {key}")

    def click(self, selector: str) -> None:
        self.page.click(selector)  # type: ignore[attr-defined]
        self.actions.append(f"click {selector}")

    def type(self, selector: str, text: str) -> None:
        self.page.fill(selector, text)  # type: ignore[attr-defined]
        self.actions.append(f"type {text!r} in {selector}")

    def choose(self, selector: str, value: str) -> None:
        self.page.select_option(selector, value)  # type: ignore[attr-defined]
        self.actions.append(f"choose {value} in {selector}")

    def shot(self, name: str) -> None:
        self.shots += 1
        self.page.screenshot(path=str(ARTIFACTS / f"{self.shots:02d}-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def _left(page: object) -> int:
    return int(page.get_attribute("#remaining", "data-left"))  # type: ignore[attr-defined]


def _selected_text(page: object) -> str:
    return page.inner_text("#detail h2")  # type: ignore[attr-defined]


def _check_the_draft(person: Person, text: str) -> None:
    page = person.page
    kovena = text.index("Kovena")
    person.key("a")  # accept the first suggestion (the chrome segment)
    assert _left(page) == 20
    person.shot("accepted")
    person.click_text(kovena)  # the draft linked Kovena to Ostravia: reject
    assert "ostravia" in _selected_text(page)
    person.key("r")
    person.shot("rejected")
    varga = text.index("Ilse Varga") + len("Ilse ")
    person.click_text(varga)  # the draft's mention covers only `Varga`: move it to `Ilse Varga`
    person.drag(varga - 4, varga + 4)  # `lse Varg`, snapped to the words `Ilse Varga`
    person.key("m")
    assert "Ilse Varga" in _selected_text(page)
    person.shot("moved")
    person.click_text(text.index("partenaire"))  # q1 has no speaker: link it
    mme = text.index("Mme Varga")
    person.drag(mme, mme + len("Mme Varga"))
    person.click("#set-speaker-mention")
    person.type("#entity-search", "varga")
    person.click("button.link[data-entity=ilse-varga]")
    assert "speaker ilse-varga" in _selected_text(page)
    person.shot("speaker-linked")
    person.drag(kovena, kovena + len("Kovena"))  # Kovena is not in the registry: a new entity
    person.key("n")
    person.choose("#new-entity-type", "LOC")
    person.type("#new-entity-subtype", "city")
    person.click("#add-entity")
    assert "mention kovena" in _selected_text(page)
    person.shot("entity-added")


def _save_with_an_error_then_fix(person: Person, root: Path) -> None:
    page, before = person.page, (root / f"{RELEASE}.json").read_bytes()
    text = (root / f"{RELEASE}.txt").read_text("utf-8")
    otan = text.index("OTAN")  # in the site's chrome line: never annotated (NP202)
    person.drag(otan, otan + 4)
    person.key("n")
    person.type("#entity-search", "otan")
    person.click("button.link[data-entity=nato]")
    person.key("Control+s")
    page.wait_for_selector("#text .note")  # type: ignore[attr-defined]
    assert page.inner_text("#text .note") == "NP202"  # type: ignore[attr-defined]
    assert "Not saved" in page.inner_text("#message")  # type: ignore[attr-defined]
    assert (root / f"{RELEASE}.json").read_bytes() == before
    person.shot("save-refused")
    person.click("#findings li.error")  # selects the span the finding is about
    person.key("r")
    person.key("Control+s")
    playwright.expect(page.locator("#message")).to_have_text("Saved.")  # type: ignore[attr-defined]
    assert (root / f"{RELEASE}.json").read_bytes() != before
    person.shot("saved")


def test_full_check_of_a_draft(server: tuple[str, Path]) -> None:
    url, root = server
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    text = (root / f"{RELEASE}.txt").read_text("utf-8")
    started = time.monotonic()
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        page.wait_for_selector("#remaining[data-left='21']")
        person = Person(page)
        person.shot("opened")
        _check_the_draft(person, text)
        _save_with_an_error_then_fix(person, root)
        while _left(page) > 0:  # read each remaining suggestion against the text; accept it
            person.key("a")
        person.type("#handle", "annotator-1")
        person.click("#mark-checked")
        playwright.expect(page.locator("#message")).to_have_text("Marked checked.")
        assert page.inner_text("#status") == "checked (locked)"
        person.shot("checked")
        browser.close()
        assert errors == []
    seconds = time.monotonic() - started
    expected = (CHECK_DATA / "expected.json").read_text("utf-8")
    expected = expected.replace("CHECKED_ON", dt.date.today().isoformat())
    assert (root / f"{RELEASE}.json").read_text("utf-8") == expected
    assert (root / "registry.json").read_text("utf-8") == (CHECK_DATA / "expected.registry.json").read_text(
        "utf-8"
    )
    assert main(["validate", "--strict", "--root", str(root)]) == 0
    report = {"actions": person.actions, "count": len(person.actions), "seconds": round(seconds, 2)}
    (ARTIFACTS / "actions.json").write_text(json.dumps(report, indent=2), "utf-8")


def test_segment_kind_metadata_quote_undo_and_restore(server: tuple[str, Path], tmp_path: Path) -> None:
    """The other editing actions in Chromium: a segment's kind, a date fact from the selected words (read
    by the server), a new quote with type and continuation, undo, then save and restore the previous file."""
    url, root = server
    path = root / f"{RELEASE}.json"
    draft = path.read_text("utf-8")
    text = (root / f"{RELEASE}.txt").read_text("utf-8")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        page.wait_for_selector("#remaining[data-left='21']")
        person = Person(page)
        person.click_text(text.index("Ce mercredi") + 1)  # the body paragraph (the fact is selected last)
        assert _selected_text(page).startswith("segment body")
        person.choose("#segment-kind", "caption")
        assert _selected_text(page).startswith("segment caption")
        person.key("u")
        assert _selected_text(page).startswith("segment body")
        person.click("#items li[data-key='metadata:event_date']")
        person.key("r")
        assert page.inner_text("#items li[data-key='metadata:event_date']").endswith("event_date: null")
        words = "Ce mercredi (12 mars 2025)"
        person.drag(text.index(words), text.index(words) + len(words))
        person.click("#items li[data-key='metadata:event_date']")
        person.key("m")
        playwright.expect(page.locator("#detail h2")).to_have_text("event_date: 2025-03-12")
        reçu = text.index("Ilse Varga a reçu")
        person.drag(reçu, reçu + len("Ilse Varga a reçu Tomas Reyel"))
        person.key("q")
        person.choose("#quote-type", "indirect")
        person.choose("#quote-continues", "q1")
        assert "indirect: Ilse Varga a reçu Tomas Reyel" in _selected_text(page)
        for _ in range(3):
            person.key("u")
        assert page.locator("#items li[data-key^='new:']").count() == 0
        person.key("Control+s")
        playwright.expect(page.locator("#message")).to_have_text("Saved.")
        saved = json.loads(path.read_text("utf-8"))["metadata"]["event_date"]
        assert (saved["value"], saved["span"]["text"]) == ("2025-03-12", words)
        person.click("#restore")
        playwright.expect(page.locator("#message")).to_have_text("Restored the previous version.")
        browser.close()
    assert path.read_text("utf-8") == draft
