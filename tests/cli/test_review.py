"""`natopress review`: the HTML page, checked as written and as rendered by a headless chromium."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CHROMIUM_FLAGS, SEEDS, chromium_path

from natopress.cli import main
from natopress.corpus import Corpus, Document
from natopress.model import Release
from natopress.tools.review import Mark, highlighted, marks, render_html

CHECKED_ID = "2023-09-07-fr-nato-secretary-general-meets-ms-osmani"
DRAFT_SOURCE_ID = "2021-07-01-fr-news-185631"


class HighlightParser(HTMLParser):
    """Collects the text of every `data-layer` element (its parts joined), the `#text` box and the banner."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.spans: dict[tuple[str, str, int, int], list[str]] = {}
        self.parts: dict[tuple[str, str, int, int], list[int]] = {}
        self.kinds: dict[tuple[str, str, int, int], str] = {}
        self.text_box: list[str] | None = None
        self.in_text = 0
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if attributes.get("id") == "text":
            self.text_box = []
        if self.in_text or attributes.get("id") == "text":
            self.in_text += 1
        self.open.append((tag, attributes))
        if "data-layer" in attributes:
            key = self._key(attributes)
            self.spans.setdefault(key, [])
            self.parts.setdefault(key, []).append(int(str(attributes["data-part"])))
            self.kinds[key] = str(attributes["data-kind"])

    def handle_endtag(self, tag: str) -> None:
        if self.in_text:
            self.in_text -= 1
        while self.open:
            open_tag, _ = self.open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_text and self.text_box is not None:  # only inside the #text box
            self.text_box.append(data)
        for _, attributes in self.open:
            if "data-layer" in attributes:
                self.spans[self._key(attributes)].append(data)

    @staticmethod
    def _key(attributes: dict[str, str | None]) -> tuple[str, str, int, int]:
        return (
            str(attributes["data-layer"]),
            str(attributes["data-id"]),
            int(str(attributes["data-start"])),
            int(str(attributes["data-end"])),
        )


def parse(page: str) -> HighlightParser:
    parser = HighlightParser()
    parser.feed(page)
    parser.close()
    return parser


def expected_spans(release: Release) -> dict[tuple[str, str, int, int], str]:
    """What the page must highlight: every segment, quote content, cue, speaker mention and mention."""
    spans = {
        ("segment", f"s{n}", s.span.start, s.span.end): s.kind.value
        for n, s in enumerate(release.segments, 1)
    }
    for q in release.quotes:
        spans[("quote", q.id, q.content.start, q.content.end)] = q.type.value
        if q.cue:
            spans[("cue", q.id, q.cue.start, q.cue.end)] = "cue"
        if q.speaker_mention:
            spans[("speaker", q.id, q.speaker_mention.start, q.speaker_mention.end)] = "speaker"
    return spans


def assert_page_matches(parser: HighlightParser, document: Document) -> None:
    text, release = document.text, document.release
    assert "".join(parser.text_box or []) == text
    for (_, _, start, end), pieces in parser.spans.items():
        assert "".join(pieces) == text[start:end]
    found = {key: kind for key, kind in parser.kinds.items() if key[0] != "mention"}
    assert found == expected_spans(release)
    mentions = sorted((k[2], k[3]) for k in parser.kinds if k[0] == "mention")
    assert mentions == sorted((m.span.start, m.span.end) for m in release.mentions)
    for key, parts in parser.parts.items():
        assert parts == list(range(len(parts))), key


@pytest.fixture
def draft_corpus(tmp_path: Path) -> Path:
    """A corpus with the checked seed 004 and a fresh draft of seed 000."""
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("registry.json", f"{CHECKED_ID}.json", f"{CHECKED_ID}.txt"):
        shutil.copyfile(SEEDS / name, root / name)
    url = "https://www.nato.int/cps/fr/natohq/news_185631.htm"
    assert main(["ingest", str(SEEDS / f"{DRAFT_SOURCE_ID}.txt"), "--url", url, "--root", str(root)]) == 0
    return root


@pytest.mark.parametrize("release_id", [CHECKED_ID, DRAFT_SOURCE_ID])
def test_page_highlights_every_annotation(draft_corpus: Path, tmp_path: Path, release_id: str) -> None:
    out = tmp_path / "page.html"
    assert main(["review", release_id, "--root", str(draft_corpus), "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    parser = parse(page)
    assert_page_matches(parser, Corpus.at(draft_corpus).load(release_id))
    assert ("draft-banner" in parser.ids) is (release_id == DRAFT_SOURCE_ID)
    assert "http://" not in page.replace("http://www.w3.org", "") and "src=" not in page  # self-contained


def test_crossing_spans_are_split_into_parts() -> None:
    text = "abcdefgh"
    page = highlighted(
        text, [Mark("quote", 1, 5, "direct", "q1", "q1"), Mark("mention", 3, 7, "ORG", "m1", "m1")]
    )
    assert page == (
        'a<span class="hl quote quote-direct" data-layer="quote" data-kind="direct" data-id="q1" data-start="1" '
        'data-end="5" data-part="0" title="q1">bc<span class="hl mention mention-ORG" data-layer="mention" '
        'data-kind="ORG" data-id="m1" data-start="3" data-end="7" data-part="0" title="m1">de</span></span>'
        '<span class="hl mention mention-ORG" data-layer="mention" data-kind="ORG" data-id="m1" data-start="3" '
        'data-end="7" data-part="1" title="m1">fg</span>h'
    )


def test_everything_from_the_data_is_escaped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "registry.json").write_text('{"schema_version": "1.0", "entities": []}\n', "utf-8")
    source = tmp_path / "hostile.txt"
    source.write_text(
        'Titre <script>alert("x")</script> & <b>gras</b>\n\n« Oui <i> », a déclaré M. X.\r\n', "utf-8"
    )
    assert main(["ingest", str(source), "--root", str(root), "--id", "hostile"]) == 0
    document = Corpus.at(root).load("hostile")
    page = render_html(document)
    assert (
        page.count("<script") == 1 and "<b>" not in page and "<i>" not in page.replace("<i>unknown</i>", "")
    )
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # in the title attribute of the table
    assert "&#13;" in page  # a CR survives HTML parsing as a character reference
    assert_page_matches(parse(page), document)


def test_marks_order_nests_segments_outermost() -> None:
    release = Corpus.at(SEEDS).load(CHECKED_ID).release
    found = marks(release)
    assert [m.layer for m in found[:1]] == ["segment"]
    assert found == sorted(found, key=lambda m: (m.start, -m.end))


def test_review_refuses_unknown_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "registry.json").write_text('{"schema_version": "1.0", "entities": []}\n', "utf-8")
    assert main(["review", "no-such-release", "--root", str(tmp_path)]) == 1
    assert "no such release" in capsys.readouterr().err


def test_review_default_output_name(
    draft_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["review", CHECKED_ID, "--root", str(draft_corpus)]) == 0
    assert (tmp_path / f"{CHECKED_ID}.html").read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("release_id", [CHECKED_ID, DRAFT_SOURCE_ID])
def test_page_in_headless_chromium(draft_corpus: Path, tmp_path: Path, release_id: str) -> None:
    """The DOM chromium renders holds the highlighted spans at the annotated offsets; a screenshot is kept."""
    chromium = chromium_path()
    page = tmp_path / "review.html"
    assert main(["review", release_id, "--root", str(draft_corpus), "-o", str(page)]) == 0
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    parser = parse(dom)
    assert_page_matches(parser, Corpus.at(draft_corpus).load(release_id))
    assert ("draft-banner" in parser.ids) is (release_id == DRAFT_SOURCE_ID)
    screenshot = tmp_path / "review.png"
    subprocess.run(
        [*base, f"--screenshot={screenshot}", "--window-size=1280,2000", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_review_reports_an_unreadable_release(draft_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (draft_corpus / f"{CHECKED_ID}.json").write_text('{"id": 3}', "utf-8")
    assert main(["review", CHECKED_ID, "--root", str(draft_corpus), "-o", str(draft_corpus / "x.html")]) == 1
    err = capsys.readouterr().err
    assert f"{CHECKED_ID}.json" in err and "natopress validate" in err and "Traceback" not in err
    assert not (draft_corpus / "x.html").exists()


def test_proposals_nominal_links_and_whole_quotes_on_the_page() -> None:
    """Issue 14: proposed entities look unlike registry ones, a nominal mention shows whom it names,
    and a long quote's content is shown whole in the table."""
    from natopress.draft.ingest import draft_release
    from natopress.model import Registry
    from natopress.tools.review import render_html

    body = "Ostravia " * 20
    text = (
        "Le secrétaire général adjoint visite Ostravia\n\n12 mars 2019\n\n"
        "Le secrétaire général adjoint de l’OTAN, Marek Halvorsen, a visité Ostravia. "
        f"« {body}», a déclaré le secrétaire général adjoint.\n"
    )
    registry = Registry.model_validate(
        {"schema_version": "1.0", "entities": [{"id": "nato", "type": "ORG", "name": "OTAN"}]}
    )
    release = draft_release(text, registry=registry, release_id="2019-03-12-fr-review-proposals")
    document = Document(release=release, text=text, json_path=Path("x.json"), text_path=Path("x.txt"))
    page = render_html(document, registry)
    assert 'class="hl mention mention-PER proposed"' in page
    assert 'class="hl mention mention-ORG"' in page  # `OTAN`, a registry entity
    assert 'data-link="→ Marek Halvorsen"' in page
    assert body.strip() in page and "…" not in page.split('<table id="quotes">')[1].split("</table>")[0]
    assert '<tr class="entity-row entity-proposed" data-entity="marek-halvorsen">' in page
