"""A quotation hanging on the subject's verb of thanking, praising, naming or commenting (`Le secrétaire
général a remercié le président pour « … »`, `praised Ostravia's "pragmatic approach …"`, `Sir X commented
on the effect, “…”`): its cue, speaker mention and type (ANNOTATION_GUIDELINES.md §2.1)."""

from __future__ import annotations

import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.subjects import QUOTED_TERM_RE, REFERRED_TO, person_subject, subject_clear
from natopress.draft.worktitles import RELATIVE_NAMING_RE
from natopress.text.marks import Pair
from natopress.text.sentences import Range

_ADVERBS = r"(?:également|aussi|encore|ensuite|alors|enfin|notamment|chaleureusement|vivement|also|warmly)"
_MARKED_RELATIVE = r",\s+(?:which|qui)\s*"
"""A relative pronoun right before a quotation whose marks hold its clause (`, which “comes at …”`)."""
THANKS_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:a|ont)\s+(?:{_ADVERBS}\s+)?(?:remercié|félicité|loué|salué|rendu\s+hommage|exprimé\s+(?:sa|leur)\s+gratitude)"
    rf"|s['’](?:est|sont)\s+(?:{_ADVERBS}\s+)?félicitée?s?|en\s+(?:remerciant|félicitant|saluant)"
    r"|rend(?:ent)?\s+hommage|remercie(?:nt)?"  # the present of a headline: `rend hommage à la France, « … »`
    rf"|(?:{_ADVERBS}\s+)?(?:thanked|praised|lauded|commended|congratulated|welcomed|hailed|paid\s+(?:a\s+)?tribute"
    rf"|(?<=\sby\s)(?:thanking|praising|commending|congratulating)"
    rf"|expressed\s+(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+)?(?:gratitude|appreciation)"
    rf"|called|dubbed|termed|described|credit(?:s|ed)|{REFERRED_TO}))"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""Verbs of thanking and praising (`a exprimé sa gratitude`, `a rendu hommage`, `rend hommage`, a participle
after `en` or `by` closing what the subject did: `a ouvert la réunion en remerciant X pour « … »`, `s’est félicité de cette
journée car « … »`, `paid tribute`, `expressed
strong appreciation`, `credits X with having a “…”`, `referred to “…”`): the quotation after `pour`/`d’`/`for`/`as` is the reason, the subject's words; and
of naming, before an object of three words at most (`called this “a perfect example …”`; `described X as “…”`)."""
_THANKS_TAIL_RE = re.compile(
    r"[^,;:.!?«»“”\"]*?(?:,[^,;:!?«»“”\"]{1,60},)?"
    r"(?:,\s+(?:ainsi\s+que|as\s+well\s+as|and|y\s+compris|notamment|including|in\s+particular))?"
    r"\s(?:pour|de|d['’]|for|on|as)\s*(?:[\w’'-]+\s+){0,4}$|\s*$"
    r"|(?<=called|dubbed|termed)\s+(?:[\w’'-]+\s+){1,3}$|(?<=described)\s+(?:[\w’'-]+\s+){1,3}as\s+(?:an?\s+)?$"
    r"|(?:(?<=credits)|(?<=credited))\s[^,;:.!?«»“”\"]*?\swith\s+(?:[\w’'-]+\s+){0,3}$"
    r"|\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+['’]s\s*$"
    rf"|\s[^,;:.!?«»“”\"]{{1,100}}{_MARKED_RELATIVE}$",
    re.IGNORECASE,
)
"""What stands between a verb of thanking and the quotation: its object (maybe with a name or title set between
commas: `the outgoing commander, General X, as “`), then `pour`/`d’être`/`for` (maybe after a comma and `ainsi
que`, `as well as`: a second reason, or `y compris`, `including`: a part of the first) and at most four words
(`le président pour « `, `la France d’être « `, `him for his strong leadership making “`), a possessive object
(`praised Ostravia's "pragmatic approach …"`), the object and a relative pronoun whose clause the marks hold
(`welcomed the creation of the panel, which “comes at a decisive moment”`), or nothing (`thanked “Italy for
…”`)."""
_MARKED_RELATIVE_RE = re.compile(rf"{_MARKED_RELATIVE}\Z", re.IGNORECASE)
"""`_MARKED_RELATIVE` closing the words before a quotation."""
_APPOSED_TITLE_RE = re.compile(r",[^,;:«»“”\"\n]{1,100},")
"""The subject's title set between commas before its verb, when a participle after `en`/`by` is the verb of
thanking (`Le général X, président du Comité militaire, a ouvert … en remerciant`): the subject's own."""
_FACT_TAIL_RE = re.compile(r"(?<=welcomed|welcomes)\s+the\s+fact\s+that\s*$", re.IGNORECASE)
"""`the fact that` between a verb of welcoming and a whole clause in marks (`welcomed the fact that “Afghan
forces are making progress”`): the marks' words are the subject's, a direct quote."""
_OBJECT_TAIL_RE = re.compile(r"\s+[^,;:.!?«»“”\"]{1,60}?\s*")
"""The object of a verb of thanking, right before a quotation (`a félicité les pays candidats « `)."""
_OBJECT_COMMA_TAIL_RE = re.compile(r"\s+[^,;:.!?«»“”\"]{1,120}?(?:\.\d+[^,;:.!?«»“”\"]*?)?,\s*")
"""The object of a verb of praising and a comma, right before a quotation (`commended Germany’s increase of
2.5 billion euros since 2014, “`)."""
_PRAISE_OPENING_RE = re.compile(r"\s*(?:[a-zà-ÿ]{3,}(?:ing|ant)\s|(?<=«)\s*[a-zà-ÿ])")
"""A quotation that opens with a participle in lower case (`“reinforcing Germany’s determination …`, `«
renforçant …`): the praised act described in the speaker's words; in French any word in lower case, a term
in apposition to the object (`rend hommage à la France, « figure de proue du multilatéralisme »`)."""
_REASON_OPENING_RE = re.compile(
    r"\s*(?:pour|for|d['’]avoir|d['’]être|de\s+(?:leur|son|sa|ses))\s", re.IGNORECASE
)
"""A quotation that opens with the reason of the thanks (`« pour les progrès …`, `“for their work …`)."""
COMMENT_RE = re.compile(
    r"(?<![\w’'-])(?:a\s+commenté|s['’]est\s+exprimée?\s+(?:dans\s+les\s+termes\s+suivants|en\s+ces\s+termes)"
    r"|a\s+(?:[\w’'-]+\s+)?exprimé(?:\s*,[^,;:.«»“”\"\n]{1,40},)?\s+(?:sa|son|leur|ses|leurs)\s+(?:[\w’'-]+\s+)?"
    r"(?:fierté|satisfaction|reconnaissance|confiance|espoir|joie|plaisir|avis|point\s+de\s+vue|condoléances)"
    r"|expressed\s+(?:his|her|their)\s+(?:[\w’'-]+\s+)?"
    r"(?:pride|satisfaction|appreciation|confidence|hope|delight|pleasure|joy|views?|thoughts|condolences)"
    r"|(?:a\s+(?:conclu|ouvert|clos)|(?:concluded|opened|closed|ended)|began)\s+(?:his|her|their|son|sa)\s+"
    r"(?:[\w’'-]+\s+)?(?:address|remarks|speech|presentation|discours|allocution|intervention)"
    r"|commented|spoke\s+(?:about|of|on))(?![\w’'-])",
    re.IGNORECASE,
)
"""Verbs of commenting whose quotation comes after their complement and a comma or colon (`expressed his
great pride to the graduates for their commitment, “…”`, `expressed her delight at welcoming General X:
“…”`, `concluded her address through urging the students to take on public service, “…”`, `a conclu son
discours en …, « … »`)."""


def object_quote(
    text: str, resolver: SpeakerResolver, sentence_start: int, opening: int
) -> tuple[Range, Range, bool] | None:
    """Cue, speaker mention and `mixed` for a quotation hanging on the subject's verb of thanking
    (`Le secrétaire général a remercié le président pour « … »`: mixed, content from after the cue) or
    of commenting (`Sir X commented on the effect, “…”`: direct); None when neither fits."""
    thanks = list(THANKS_RE.finditer(text, sentence_start, opening))
    if thanks and (
        _THANKS_TAIL_RE.fullmatch(text, thanks[-1].end(), opening)
        or _FACT_TAIL_RE.fullmatch(text, thanks[-1].end(), opening)
        or (  # `a félicité les pays candidats « pour les progrès … »`: the reason opens the quotation
            _OBJECT_TAIL_RE.fullmatch(text, thanks[-1].end(), opening)
            and _REASON_OPENING_RE.match(text, opening + 1)
        )
        or (  # `commended Germany’s spending increase since 2014, “reinforcing …”`: the praise's words
            _OBJECT_COMMA_TAIL_RE.fullmatch(text, thanks[-1].end(), opening)
            and _PRAISE_OPENING_RE.match(text, opening + 1)
        )
    ):
        verb = thanks[-1]
        relative = RELATIVE_NAMING_RE.search(text, sentence_start, opening)
        clause_start = relative.start("subject") if relative else sentence_start  # `which X called “…”`: X
        subject = person_subject(text, resolver, clause_start, verb.start())
        # `, which “`: a relative pronoun right before the marks, which hold its clause
        clause = _MARKED_RELATIVE_RE.search(text, verb.end(), opening)
        participle = verb.group().endswith(("ant", "ing"))
        apposed = _APPOSED_TITLE_RE.match(text, subject[1], verb.start()) if subject and participle else None
        joined = _AFTER_MARKED_ACT_RE.search(text, max(sentence_start, verb.start() - 12), verb.start())
        if (
            subject is not None  # `The Chairman was “impressed …” and commended X for “…”`: the subject's too
            and subject_clear(
                text, resolver, apposed.end() if apposed else subject[1], verb.start(), marks=joined is None
            )
            and subject_clear(text, resolver, verb.end(), clause.start() if clause else opening, objects=True)
        ):
            fact = _FACT_TAIL_RE.fullmatch(text, verb.end(), opening)
            return verb.span(), subject, fact is None and relative is None
    return _comment_quote(text, resolver, sentence_start, opening)


def _comment_quote(
    text: str, resolver: SpeakerResolver, sentence_start: int, opening: int
) -> tuple[Range, Range, bool] | None:
    """`object_quote` for a verb of commenting (`COMMENT_RE`) before a comma or a colon right before the
    quotation: its subject's, their title between commas included (`X, Deputy Commander, expressed his views
    on …, “…”`), when no other speech, person or quotation stands between (terms in marks aside: `on the
    “One-NATO” approach, “…”`); after a colon, whoever the complement names (`expressed his delight at
    welcoming General X: “…”`)."""
    comments = list(COMMENT_RE.finditer(text, sentence_start, opening))
    if not comments or not re.search(r"[,:]\s*$", text[comments[-1].end() : opening]):
        return None
    verb = comments[-1]
    subject = person_subject(text, resolver, sentence_start, verb.start())
    if subject is None:
        return None
    apposed = _APPOSED_TITLE_RE.match(text, subject[1], verb.start())
    apposed = None if apposed is None or resolver.persons_within(*apposed.span()) else apposed
    terms = QUOTED_TERM_RE.sub("", text[verb.end() : opening])
    colon, marks = terms.rstrip().endswith(":"), bool(_MARKS_IN_RE.search(terms))
    if subject_clear(
        text, resolver, apposed.end() if apposed else subject[1], verb.start()
    ) and subject_clear(text, resolver, verb.end(), opening, objects=colon, marks=marks):
        return verb.span(), subject, False
    return None


_MARKS_IN_RE = re.compile(r"[«»“”\"]")
"""A quotation mark left in a verb of commenting's complement once its terms (`QUOTED_TERM_RE`) are out."""
_AFTER_MARKED_ACT_RE = re.compile(r"[»”\"]\s+(?:and|et)\s+\Z")
"""A closing mark and `and` right before a verb of thanking: the subject's second act, after its first
quotation (`The Chairman was “…” and commended X for “…”`)."""
_NAMING_DE_RE = re.compile(r"(?:qualifi|décri)[\wé]*\s+d(?:e\s+|['’]\s*)\Z", re.IGNORECASE)
"""A French verb of naming and its `de` right before a quotation (`qualifie de « `)."""
_OBJECT_AFTER_TERM_RE = re.compile(r"\s+(?:la|le|les|l['’]|cette|ce|cet|ces|son|sa|ses|leurs?)(?![\w’'-])")
"""A determiner right after the closing mark: the object named comes after its term."""


_URGING_RE = re.compile(
    r"call(?:ed|s|ing)\s+(?:on|upon)|urged|urges|urging|a\s+appelé|a\s+exhorté|appelant|exhortant"
)
"""A verb of urging as the cue of a mixed quote (`called on Russia to “…”`, `a exhorté X à « … »`)."""
_SECOND_INFINITIVE_RE = re.compile(
    r"\s+(?:and\s+(?:to\s+)?(?!(?:[a-z]+ed|said|told|met|spoke|took|gave|made|went|held|also|then)(?![\w’'-]))"
    r"[a-z]{3,}|et\s+(?:à|de|d['’])\s*[a-zà-ÿ]+(?:er|ir|re))(?![\w’'-])"
)
"""A second infinitive after the closing mark (`to “respect the Minsk agreements” and withdraw its
support`, `à « … » et à retirer`): the urging goes on past the marks."""


_SECOND_REASON_RE = re.compile(
    r"\s+(?:et|and)\s+(?:pour|for)\s+(?:[\w’'-]+\s+){0,4}?[«“\"][^«»“”\"\n]*[»”\"](?=\s*(?:[.!?](?:\s|\Z)|\n|\Z))"
)
"""A second reason of thanks in quotation marks closing the sentence (`pour « A » et pour « B ».`): the
thanks' mixed quote runs on to its closing mark."""


def runs_past_marks(text: str, cue: Range | None, pair: Pair) -> bool:
    """True when the reported material runs past the closing mark to the sentence's end: a verb of naming
    and `de` set the quoted term before the object it names (`qualifie de « moment historique » la décision
    prise la veille …`), or a verb of urging goes on with a second infinitive (`called on Russia to “respect
    the Minsk agreements” and withdraw its support …`) (guidelines 2.1, `mixed`)."""
    if cue is None:
        return False
    if _URGING_RE.fullmatch(text, *cue):
        return _SECOND_INFINITIVE_RE.match(text, pair.close + 1) is not None
    return (
        _NAMING_DE_RE.search(text, cue[0], pair.open) is not None
        and _OBJECT_AFTER_TERM_RE.match(text, pair.close + 1) is not None
    )


def thanks_end(text: str, cue: Range, pair: Pair) -> int:
    """The end (code points) of the mixed quote of the verb of thanking at `cue`: after the closing mark of
    `pair`, or of a second reason in marks that closes the sentence (`_SECOND_REASON_RE`: `pour « A » et pour
    « B ».`; guidelines 2.4)."""
    second = _SECOND_REASON_RE.match(text, pair.close + 1) if THANKS_RE.fullmatch(text, *cue) else None
    return second.end() if second is not None else pair.close + 1
