"""Quotation marks around words that are no one's speech: a name or a short term (`« fer de lance »`), the
title of a work, a topic or programme after a preposition, a speech's title over its heading; and the cue
after a title set in apposition (`“…”, General X, Chairman of the Military Committee, said`).

ANNOTATION_GUIDELINES.md §2.1 ("Quotation marks") and §2.4 state the rules; natopress.draft.quotes asks
these predicates about each pair of marks."""

from __future__ import annotations

import re

from natopress.draft.clauseends import NEXT_ACT
from natopress.draft.namewords import title_cased
from natopress.draft.phrases import TERM_RE
from natopress.draft.speech import CUE_RE, LEAD_CUE_RE
from natopress.draft.subjects import DETERMINER_RE
from natopress.draft.things import (
    ADJECTIVE_BEFORE_RE,
    COLON_BEFORE_RE,
    after_thing_noun,
    headline_after_colon,
)
from natopress.draft.worktitles import YEAR_END_RE, quoted_name, titled, titled_elsewhere, work_title
from natopress.text.marks import Pair
from natopress.text.sentences import Range

_LOWER_NEXT_RE = re.compile(r"\s*[a-zà-ÿ]")
"""A lower-case word right after the closing mark: the sentence goes on."""
_EVENT_NAME_RE = re.compile(
    r"\s(?:Conference|Workshop|Seminar|Forum|Summit|Symposium|Course|Exercise|Competition|Challenge)"
    r"(?:\s+(?:with|for|of|on|in)(?:\s+the)?(?:\s+[A-Z0-9][\w’'.-]*)+)?\W*\Z"
)
"""A quotation's last word naming an event, maybe with its capitalised complement (`co-hosted “integrated
CIMIC Key Leader Conference”`, `“4th Commander Conference with NATO Force Integration Units
Commanders”`): its name."""
_TOPIC_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:du|des|de\s+la|of\s+the|on|about|sur|concerning)\s+(?:[\w’'-]+\s+)?"
    r"|de\s+l['’]\s*(?:[\w’'-]+\s+)?|(?:to|at|in)\s+the\s+)$",
    re.IGNORECASE,
)
"""A preposition (and maybe an article and a noun) right before a quotation that names a topic, a place
or an audience (`spoke to the “centre des hautes études militaires”`)."""
_IN_RE = re.compile(r"(?<![\w’'-])in\s+\Z")
"""`in` right before a name in quotation marks: a place (`the crisis in “ARLAND”`)."""
_TOPIC_WORDS = 10
"""The most words of a topic's name in quotation marks (`NATO – Defence and Security in an Age of Austerity`)."""
_APPOSITION_RE = re.compile(
    r",\s*(?:the\s+|le\s+|la\s+|l['’])?(?!(?:who|which|whom|qui|que|dont|where|when|and|et)(?![\w’'-]))"
    r"[A-ZÀ-Ýa-zà-ÿ][^;:.!?«»“”\"\n]{0,120},?"
)
"""A title set between commas after a name (`General X, Chairman of the NATO Military Committee, said`,
`Lieutenant Colonel X, staff officer of Education & Training at the Centre said`), the second comma
sometimes left out: it may stand between the subject and its cue after a quotation; never a relative
clause (`X, who organised the event, said`)."""


def _subject_name(text: str, pair: Pair, sentence_start: int) -> bool:
    """True when the marks of `pair` hold a name, or a short term opening the sentence (`TERM_RE`), and the
    sentence goes on in lower case after them (`“Steadfast Jazz” involves …`, `“Decide faster” means …`):
    the sentence's subject, no one's words."""
    opening = not text[sentence_start : pair.open].strip()
    return quoted_name(text, pair, term=opening) and _LOWER_NEXT_RE.match(text, pair.close + 1) is not None


_SENTENCE_CASE_NAME_RE = re.compile(r"\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[\w’'-]+){0,5}\s*")
"""A capital and up to five more words without punctuation, as French writes the name of a document or a
body (`Plate-forme pour la sécurité coopérative`, `Partenariat pour la paix`)."""
_DEFINITE_RE = re.compile(r"(?<![\w’'-])(?:la|le|les|l['’]|the)\s*\Z", re.IGNORECASE)


def named_object(text: str, pair: Pair) -> bool:
    """True when the marks of `pair` hold a name after a determiner (`l’OTAN a lancé le « Projet X »`), or
    a capitalised run of up to six words after a definite article (`dans la « Plate-forme pour la sécurité
    coopérative »`): the name of what a verb acts on, never quoted words, even after a verb of saying."""
    before = max(0, pair.open - 8)
    lead = ADJECTIVE_BEFORE_RE.search(text, max(0, pair.open - 16), pair.open)  # `the recent “Annual Report`
    end = pair.open if lead is None else lead.start()
    determined = DETERMINER_RE.search(text, max(0, end - 8), end)
    return (quoted_name(text, pair, term=False) and determined is not None) or (
        _DEFINITE_RE.search(text, before, pair.open) is not None
        and _SENTENCE_CASE_NAME_RE.fullmatch(text, pair.open + 1, pair.close) is not None
    )


def topic(text: str, sentence_start: int, pair: Pair) -> bool:
    """True when a short quotation inside a sentence names a topic, a programme or a course after a
    preposition (`l’importance de l’agenda « femmes, paix et sécurité »`, `des pays du « format de
    Normandie »`, `spoke about “Women, Peace and Security”`, `a course on “…”`): a name, not words
    quoted; not after a cue ending on the preposition (`called on Ostravia “to play …”`, `calling on “all
    partners to …”`). A bare `de`/`d’`
    (`qualifié d’« historique »`) is the speaker's own word."""
    before = _TOPIC_BEFORE_RE.search(text, sentence_start, pair.open)
    return (
        len(text[pair.open + 1 : pair.close].split()) <= _TOPIC_WORDS
        and before is not None
        and not any(  # a cue ending on the preposition (`called on Ostravia “to play …”`, `calling on “…”`)
            cue.start() < before.start() < cue.end()
            for pattern in (CUE_RE, LEAD_CUE_RE)
            for cue in pattern.finditer(text, max(sentence_start, before.start() - 30), before.end())
        )
    )


_IN_BRACKETS_RE = re.compile(r"\(\s*\Z")
_BRACKET_CLOSE_RE = re.compile(r"[.\s]*\)")


_COMMENTED_RE = re.compile(r"commented(?![\w’'-])")
"""`commented` closing an attribution after an apposition (`“…,” General X, Chairman of …, commented.`);
elsewhere its complement comes first (`commented on the exercise, “…”`, natopress.draft.subjects)."""


def cue_after_apposition(text: str, end: int, limit: int) -> re.Match[str] | None:
    """The cue after a title set between commas after the subject ending at `end` (`General X, Chairman
    of the NATO Military Committee(,) said`), not reaching past `limit`; None when no cue follows the
    apposition's words."""
    apposed = _APPOSITION_RE.match(text, end, limit)
    if apposed is None:
        return None
    for word in re.finditer(r"(?<=\s)\S", text[apposed.start() : apposed.end()]):
        position = apposed.start() + word.start()
        cue = CUE_RE.match(text, position, limit) or _COMMENTED_RE.match(text, position, limit)
        if cue is not None and cue.start() > apposed.start() + 2:
            return cue
    return None


def _titled_words(
    text: str, sentence_start: int, pair: Pair, cue: Range | None, mention: Range | None
) -> bool:
    """True when the marks of `pair` hold a title (`worktitles.titled`), or, with no attribution before them,
    a work's title or a listed name (`work_title`, `_listed_after_colon`), or, with no cue or speaker at all,
    words the text gives as a title or motto elsewhere (`titled_elsewhere`). A cue after the marks is the
    next clause's (`au comité « … », le président a dit`), not `…: "…”, he said.`."""
    after = cue is not None and cue[0] > pair.close and not _attribution_closes(text, pair, cue, mention)
    bare = cue is None and mention is None
    return (
        titled(text, sentence_start, pair)
        or (
            (after or bare)
            and (work_title(text, sentence_start, pair) or _listed_after_colon(text, sentence_start, pair))
        )
        or (bare and titled_elsewhere(text, pair))
    )


def no_speech(
    text: str,
    pair: Pair,
    sentence_start: int,
    mixed: bool,
    attribution: tuple[Range | None, Range | None],
    skipped: int,
) -> bool:
    """True when the marks of `pair` hold no one's speech: a name or term (`the exercise “Northern
    Shield”`, `d’« État de droit »`) in a `mixed` quote without a cue or after a participle, or in any quote
    with neither cue nor speaker and the sentence going on in lower case (`“Steadfast Jazz” involves …`;
    not a headline's `“A Step in the Right Direction”: …`), a name after an article (`a lancé le « Projet X
    »`), a theme's title (`sur le thème : « … »`), a work's title with no cue before it, a topic, or the translation
    in brackets or after a dash of a quotation that was none of these (`« … » (« … »)`, `“…” – “…” in
    Italian`, the previous such pair closing at `skipped`, or -1) and the next item of a list of them
    (`: « A », « B » et « C »`), the words the text gives as a title or motto elsewhere
    (`worktitles.titled_elsewhere`), the names of `_named_thing`, and marks after a passive cue or a term named
    with `as` (`_passive_or_named`). `attribution` is the quote's cue and
    speaker mention spans (code points), each maybe None."""
    cue, mention = attribution
    if (
        mixed
        and (cue is None or LEAD_CUE_RE.fullmatch(text, *cue))
        and quoted_name(text, pair, term=mention is None)
    ) or (
        cue is None
        and mention is None
        and (
            _subject_name(text, pair, sentence_start)
            or headline_after_colon(text, pair.open, pair.close)  # `reads: "Our Security Cannot Be …"`
        )
    ):
        return True  # `“Steadfast Jazz” involves air, land …`: an exercise's name, the sentence's subject
    if _titled_words(text, sentence_start, pair, cue, mention):
        return True
    if (mixed and named_object(text, pair)) or (
        skipped >= 0
        and re.fullmatch(r"\s*(?:\(|[–—]|-(?=\s)|,?\s*(?:et|and)|,)\s*", text[skipped + 1 : pair.open])
    ):
        return True  # a translation in brackets or after a dash; the next item of a list of names
    if _named_thing(text, pair, cue, mixed):
        return True
    if (
        mixed
        and cue is not None
        and _IMPORTANCE_RE.match(text, cue[1], pair.open)
        and TERM_RE.fullmatch(text, pair.open + 1, pair.close)
    ):
        return True  # `emphasizing the importance of fostering an “imaginaire collectif,”`: the verb's object
    return mixed and (
        (cue is not None and cue[1] <= pair.open and _passive_or_named(text, sentence_start, cue, pair))
        or (topic(text, sentence_start, pair) and not _attribution_closes(text, pair, cue, mention))
        or (cue is None and mention is None and _term_after_article(text, pair))
        or (cue is None and _document_says(text, sentence_start, pair))
        or (
            _IN_RE.search(text, sentence_start, pair.open) is not None and quoted_name(text, pair, term=False)
        )
    )


_SENTENCE_END_RE = re.compile(r"[^\S\n]*(?:[.!?…]|,\s+(?:et|and)\s+[«“\"])")
"""What closes an attribution after a quotation: the sentence's end, or `, et` / `, and` before the same
speaker's next quotation (`« … », a-t-il indiqué, et « … »`)."""


def _attribution_closes(text: str, pair: Pair, cue: Range | None, mention: Range | None) -> bool:
    """True when the quote's cue and speaker come after a comma right after the closing mark and end the
    sentence or lead on to the next quotation (`The handover was also proof of the “developing cooperation
    …”, Mr. X said.`, `X « … », a-t-il indiqué, et « … »`): the sentence
    is the speaker's, the marks their words, not a topic's name."""
    if cue is None or mention is None or min(cue[0], mention[0]) <= pair.close:
        return False
    end = max(cue[1], mention[1])
    return text.startswith(",", pair.close + 1) and _SENTENCE_END_RE.match(text, end) is not None


_DOCUMENT_SAYS_RE = re.compile(
    r"(?:(?<=\b[lLdD][’'‘])|(?<![\w’'‘-]))(?:article\s+\d+|treaty|charter|resolution|declaration|communiqu[eé]|traité|charte|résolution"
    r"|déclaration)(?:\s+[\w’'-]+){0,4},\s*(?:which|qui)\s+[\w’'-]+(?:\s+[a-zà-ÿ]+(?:ment|ly))?"
    r"(?:\s+(?:that|que|qu['’]))?\s*\Z"
    r"|(?<![\w’'-])(?:décidé|decided|resolved)\s+(?:de|d['’]|to)\s*\Z",
    re.IGNORECASE,
)
"""A document's name, then a relative clause's verb right before the marks (`Article 4 of the Washington
Treaty, which states that “…”`, `la Charte, qui dispose que « … »`, `l’article 5, qui stipule notamment
que « … »`), or a decision's verb before its
infinitive (`ont décidé de « poursuivre … »`): a document's words or a decision, no one's speech
(guidelines 2.1)."""


def _document_says(text: str, sentence_start: int, pair: Pair) -> bool:
    """True when a document or a decision stands right before the marks of `pair` (`_DOCUMENT_SAYS_RE`)."""
    return _DOCUMENT_SAYS_RE.search(text, max(sentence_start, pair.open - 80), pair.open) is not None


def _term_after_article(text: str, pair: Pair) -> bool:
    """True when an article stands right before the marks of `pair` (`_ARTICLE_BEFORE_RE`)."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, pair.open - 30), pair.open) is not None


_ARTICLE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:un|une|la|le|les|l['’]|d['’]|du|au|aux|des|an|the)"
    r"(?:\s+(?!(?:pour|for|de|of|à|to|with|avec|sur|on|par|by|in|en|dans|from|about|that|que)\b)(?-i:[a-zà-ÿ]+)){0,2}\s*\Z"
    r"|(?<![\w’'-])a\s*\Z",
    re.IGNORECASE,
)
"""An article, maybe with one or two lower-case words that are no preposition, right before marks that
neither a cue nor a speaker governs (`un « entraînement à l’intégration des forces »`, `la « Mission OTAN
de … »`, `the first ever “26+7”`, `a “24/7” focal point`): a term or a name, no one's words (`a` right before
the marks only, not the French auxiliary before its participle: `a évoqué « … »`; not `the soldiers for “…”`,
nor a clause after `the fact that “…”`, nor a subject named after its article: `L’Ostravie « est un partenaire …`)."""
_NEXT_ITEM_RE = re.compile(r"\s*(?:,|et\s|and\s)\s*[«“\"]")


def _listed_after_colon(text: str, sentence_start: int, pair: Pair) -> bool:
    """True when the quotation opens a list of quotations right after a colon (`trois séances plénières :
    « A », « B » et « C »`): names of sessions, themes or items, not words said (the next items follow as
    `no_speech`'s list)."""
    return (
        COLON_BEFORE_RE.search(text, sentence_start, pair.open) is not None
        and _NEXT_ITEM_RE.match(text, pair.close + 1) is not None
    )


_DESIGNATION_RE = re.compile(
    r"\s*,?\s*(?:was|is|became|remains|était|est|fut|reste)\s+(?:a|an|the|un|une|le|la|l['’])\s*(?:[\w’'-]+\s+){0,3}?"
    r"(?:slogan|motto|watchword|mantra|catchphrase|theme|name|title|devise|thème|nom|titre|mot\s+d['’]ordre)(?![\w’'-])",
    re.IGNORECASE,
)
"""What a quotation is said to be right after it (`“High North, Low Tension,” was a Norwegian slogan`, `« … » est
la devise de`): a slogan's or title's words, no one's speech."""


def _named_thing(text: str, pair: Pair, cue: Range | None, mixed: bool) -> bool:
    """True for an event's name without a cue (`“… Key Leader Conference”`, a name and its year: `« Brilliant
    Mariner 2017 » : démonstration …`), a title filling brackets
    without a cue (`les mesures à prendre (« NATO and Nature: why … »)`), a title in English title case
    without a cue inside its sentence or before a lower-case word (`namewords.title_cased`: `the round table “Riga
    Dialogue 2016: …”`, `“Riga Dialogue 2016: …” featured`), words the sentence calls a slogan or a title
    (`_DESIGNATION_RE`), words after the noun naming them (`things.after_thing_noun`: `his initiative
    “Understand Better, Decide Faster.”`), or a name right after a verb of
    saying that the sentence goes on from (`added “International” to the name of the festival`: the
    verb's object)."""
    if cue is None:
        return bool(
            _EVENT_NAME_RE.search(text, pair.open + 1, pair.close)
            or (_IN_BRACKETS_RE.search(text, 0, pair.open) and _BRACKET_CLOSE_RE.match(text, pair.close + 1))
            or (
                title_cased(text[pair.open + 1 : pair.close])
                and (mixed or _LOWER_NEXT_RE.match(text, pair.close + 1) is not None)
            )  # not a headline's `“A Step in the Right Direction”: …`, which opens its sentence
            or _DESIGNATION_RE.match(text, pair.close + 1)
            or after_thing_noun(text, 0, pair.open)  # `his initiative “Understand Better, Decide Faster.”`
            or (
                YEAR_END_RE.search(text[pair.open + 1 : pair.close].strip())
                and quoted_name(text, pair, False)
            )
        )
    return (
        mixed
        and not text[cue[1] : pair.open].strip()
        and quoted_name(text, pair, term=False)
        and _LOWER_NEXT_RE.match(text, pair.close + 1) is not None
    )


_IMPORTANCE_RE = re.compile(
    r"\s+(?:the\s+(?:importance|need|value|significance)\s+(?:of|for)|l['’](?:importance|intérêt)\s+(?:de|d['’]|du|des)"
    r"|la\s+nécessité\s+(?:de|d['’]))[^.;:!?«»“”\"]*\Z",
    re.IGNORECASE,
)
"""`the importance of …` after a verb, up to the marks: its object, no clause (guidelines 2.1), and a short
term in marks inside it is the writer's (`stressed the importance … to address “all-invasive” threats`, `the
significance of a “common picture” for planners`)."""
_POSSESSIVE_END_RE = re.compile(r"['’]s\s+\Z")
_DESCRIBING_RE = re.compile(r"(?:a\s+|ont\s+)?(?:décrit|qualifié)e?s?|described|describing", re.IGNORECASE)
_DESCRIBED_AS_RE = re.compile(r"(?:comme|as|de|d['’])\s*\Z", re.IGNORECASE)


_NEXT_ACT_RE = re.compile(NEXT_ACT)
_PASSIVE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?\Z")
"""`be` right before a cue: a passive (`are summarized as`), whose words are no one's speech."""
_AS_AFTER_RE = re.compile(r"\s+(?:as|comme)\s")


def _passive_or_named(text: str, sentence_start: int, cue: Range, pair: Pair) -> bool:
    """True when the cue at `cue` is a passive (`_PASSIVE_BEFORE_RE`) or the marks of `pair` right after it
    hold a term that `as` follows (`highlighted “trust” as the common thread`): no one's words (`no_speech`)."""
    return _PASSIVE_BEFORE_RE.search(text, max(sentence_start, cue[0] - 30), cue[0]) is not None or (
        not text[cue[1] : pair.open].strip()
        and TERM_RE.fullmatch(text, pair.open + 1, pair.close) is not None
        and _AS_AFTER_RE.match(text, pair.close + 1) is not None
    )


def unreported(text: str, sentence_start: int, cue: Range, pair: Pair) -> bool:
    """True when the cue word at `cue`, before the marks of `pair` with no `that`/`que` between, reports
    nothing in them: they hold a name (`a annoncé la création du groupe « OTAN 2030 »`), the word is an
    adjective after a possessive (`NATO’s continued commitment`), or a verb of describing has no
    `comme`/`as`/`de` right before the marks (`a décrit … le plan d’action « réactivité »`; `a décrit la
    situation comme « … »`, `described it as “…”`, `a qualifié X de « … »` report the marks' words), or a
    next act after `and` (`clauseends.NEXT_ACT`) stands between them (`noted the progress on the new wing and thanked the
    “…”`: the marks are the second verb's object)."""
    return (
        quoted_name(text, pair, term=False)
        or _NEXT_ACT_RE.search(text, cue[1], pair.open) is not None
        or _POSSESSIVE_END_RE.search(text, sentence_start, cue[0]) is not None
        or (
            _DESCRIBING_RE.fullmatch(text, *cue) is not None
            and _DESCRIBED_AS_RE.search(text, cue[1], pair.open) is None
        )
    )
