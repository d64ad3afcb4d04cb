"""Speakers named by a heading rather than a subject (ANNOTATION_GUIDELINES.md §2.4): a speaker label
before a colon (`NATO Secretary General: “…”`); a statement named by its heading (`Déclaration du
secrétaire général à Munich : « … »`, `Statement by the Secretary General: “…”`): the title's holder; a joint
statement: a heading line (`Déclaration commune`, `Joint statement`) and a line naming two or more persons
(`du secrétaire général …, X, et du président …, Y`), then the quotation: the first named speaks, the others
are co-speakers; a statement's lead line above a quotation (`KABUL – Statement by Maj. Gen. X, acting
commander of ISAF, regarding ….` ⏎ `“…”`): that person; a lead line saying whose statement follows (`The
following statement is issued on behalf of X, …, and Y, ….` ⏎ `"…"`): that person, or both."""

from __future__ import annotations

import re

from natopress.draft.dates import FUTURE_RE, PLACE_DATELINE_RE
from natopress.draft.entities import SpeakerResolver
from natopress.draft.holders import FINITE_VERB_RE
from natopress.draft.language import detect_language
from natopress.draft.ownvoice import FIRST_PERSON_SINGULAR_RE
from natopress.draft.phrases import RANK_WORDS_RE
from natopress.draft.speech import PRONOUN_RE, TITLE_PHRASE_RE
from natopress.draft.subjects import is_person_phrase, person_subject
from natopress.draft.titlelines import STATEMENT_WORDS
from natopress.text.marks import Pair
from natopress.text.sentences import trim

Range = tuple[int, int]

_STATEMENT_RE = re.compile(
    rf"(?:{STATEMENT_WORDS})\s+(?:du\s+|de\s+la\s+|de\s+l['’]|de\s+(?=(?:M\.|Mme|MM\.|Mlle)\s)|by\s+(?:the\s+)?"
    r"|of\s+the\s+)",
    re.IGNORECASE,
)
"""The head of a heading naming whose statement follows (`Déclaration du`, `Statement by the`)."""
_PLACE_RE = re.compile(
    r"(?:\s*,[^:;«»“”\"]{1,160}?|\s+(?:à|au|aux|en|at|in|on|to|before|devant)\s+[^:;,«»“”\"]{1,60}?)?\s*$"
)
"""What may follow the speaker in a statement heading: where or when (`à Munich`, `at the conference`), or
an apposition (`Déclaration de Mme X, directrice exécutive de la Commission :`)."""
_JOINT_HEADING_RE = re.compile(
    r"\s*(?:Déclaration\s+commune|Déclaration\s+conjointe|Communiqué\s+conjoint|Joint\s+(?:statement|declaration))"
    r"\s*",
    re.IGNORECASE,
)
_JOINT_NAMES_RE = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|by|of|from)\s", re.IGNORECASE)


def names_statement(text: str, start: int) -> bool:
    """True when the line at `start` is a statement's heading (`Speech by NATO Secretary General …`,
    `Discours du secrétaire général`): a quotation right before it is the statement's title."""
    return _STATEMENT_RE.match(text, start) is not None


def statement_label(text: str, resolver: SpeakerResolver, start: int, end: int) -> tuple[Range, str] | None:
    """The speaker of a heading `Déclaration du secrétaire général à Munich` (`text[start:end]`, before the
    colon of `… : « … »`): the title's or name's phrase and the person it resolves to, or None."""
    head = _STATEMENT_RE.match(text, start, end)
    if head is None:
        return None
    phrase = resolver.phrase_at(text, head.end(), end)
    if phrase is None or not is_person_phrase(text, resolver, phrase) or PRONOUN_RE.fullmatch(text, *phrase):
        return None
    if not _PLACE_RE.fullmatch(text, phrase[1], end) or re.search(
        r"(?<!\w)(?:et|and)(?!\w)", text[phrase[1] : end]
    ):
        return None
    speaker = resolver.resolve(text, *phrase, None)
    return (phrase, speaker) if speaker is not None else None


def joint_heading(
    text: str, resolver: SpeakerResolver, paragraph_start: int
) -> tuple[Range, list[str]] | None:
    """The names line of a joint statement whose quotation opens the paragraph at `paragraph_start` (the
    two lines right before it: `Déclaration commune`, then `du secrétaire général …, X, et du président
    …, Y`), and the persons it names in text order; None for any other layout."""
    names_end = text.rfind("\n", 0, paragraph_start)
    names_start = text.rfind("\n", 0, max(0, names_end)) + 1
    heading_start = text.rfind("\n", 0, max(0, names_start - 1)) + 1
    if names_end <= names_start or text[names_end:paragraph_start].strip():
        return None
    if not _JOINT_HEADING_RE.fullmatch(text, heading_start, max(heading_start, names_start - 1)):
        return None
    if not _JOINT_NAMES_RE.match(text, names_start, names_end) or re.search(
        r"[«»“”\";:]", text[names_start:names_end]
    ):
        return None
    if FINITE_VERB_RE.search(text, names_start, names_end):
        return None
    persons = resolver.persons_within(names_start, names_end)
    ids = list(dict.fromkeys(p.entity for p in persons))
    if len(ids) < 2 or not re.search(r"(?<!\w)(?:et|and)(?!\w)", text[persons[0].end : persons[-1].start]):
        return None
    return (persons[0].start, persons[0].end), ids


_FOLLOWING_RE = re.compile(
    r"(?:the\s+following\s+(?:joint\s+)?(?:statement|declaration|message)|la\s+déclaration\s+(?:commune\s+)?suivante"
    r"|le\s+message\s+suivant)\s+(?:is|was|has\s+been|a\s+été|est)\s+(?:issued|released|made|delivered|publiée?"
    r"|faite?|diffusée?)\s+(?:on\s+behalf\s+of|by|au\s+nom\s+d(?:e|u|es)\s|de\s+la\s+part\s+d(?:e|u|es)\s|par)\s*",
    re.IGNORECASE,
)
"""A lead line saying whose statement follows (`The following statement is issued on behalf of X, …, and
Y, ….`, `La déclaration suivante a été faite par X`)."""
_AND_RE = re.compile(r"(?:,[^,;:]{1,120})?,?\s+(?:and|et)\s+[^,;:]{0,60}", re.IGNORECASE)
"""What joins two speakers of a lead line: maybe the first one's apposition, `and`, maybe the second's title."""


def following_statement(
    text: str, resolver: SpeakerResolver, paragraph_start: int
) -> tuple[Range, list[str]] | None:
    """The speakers of a statement whose quotation opens the paragraph at `paragraph_start` (code points)
    under a lead line, maybe after a dateline, naming whose statement follows (`KABUL, Afghanistan - The
    following statement is issued on behalf of Brigadier General X, commander of …, and Y, representative
    of …` ⏎ `"…"`): the first naming's span and the persons, one, or two joined by `and` (a joint statement,
    guidelines 2.4); None for any other line, or a line naming others (`X, envoy of Y`)."""
    line_end = len(text[:paragraph_start].rstrip())
    line = text.rfind("\n", 0, line_end) + 1
    dateline = PLACE_DATELINE_RE.match(text, line, line_end)
    lead = _FOLLOWING_RE.match(text, dateline.end() if dateline is not None else line, line_end)
    if lead is None or re.search(r"[«»“”\";:]", text[lead.end() : line_end]):
        return None
    persons = resolver.persons_within(lead.end(), line_end)
    ids = list(dict.fromkeys(p.entity for p in persons))
    if not persons or persons[0].start > lead.end() + 60 or len(persons) != len(ids) or len(ids) > 2:
        return None
    if len(ids) == 2 and not _AND_RE.fullmatch(text, persons[0].end, persons[1].start):
        return None
    return (persons[0].start, persons[0].end), ids


def heading_speakers(
    text: str, resolver: SpeakerResolver, paragraph_start: int
) -> tuple[Range, list[str]] | None:
    """`joint_heading`, else `following_statement`: the persons a statement's heading or lead line names
    for the quotation opening the paragraph at `paragraph_start`, the first naming's span; or None."""
    return joint_heading(text, resolver, paragraph_start) or following_statement(
        text, resolver, paragraph_start
    )


def label_speaker(
    text: str, resolver: SpeakerResolver, sentence_start: int, opening: int
) -> tuple[Range, str] | None:
    """The speaker label before a colon that opens the sentence (`NATO Secretary General: “…”`) and the
    person it names (`SpeakerResolver.resolve_label`); None when it names nobody."""
    colon = text.rfind(":", sentence_start, opening)
    label = trim(text, sentence_start, colon)
    if colon < 0 or label[0] >= label[1]:
        return None
    before = text[max(0, label[0] - 40) : label[0]].rstrip()
    if before and (before[-1].islower() or before[-1] == ","):
        return None  # `et remercié tous les⏎Alliés : « … »`: a line wrapped inside a sentence, no label
    speaker = resolver.resolve_label(text, *label)
    if speaker is None:  # `Déclaration du secrétaire général à Munich : « … »`
        return statement_label(text, resolver, *label)
    return label, speaker


_LABEL_LINE_RE = re.compile(r"[^\n«»“”\"]{3,200}:[^\S\n]*\n")
"""A line that is only a label and its colon (`Déclaration de Mme X, directrice … :`), over a quotation."""


def label_line_speaker(text: str, resolver: SpeakerResolver, opening: int) -> tuple[Range, str] | None:
    """`label_speaker` of the line right above a quotation that opens its paragraph at `opening` (code
    points), when that line is only a label and its colon (`Déclaration de Mme X, directrice … :` ⏎
    `« … »`), or only a person's name after their title (`_name_line`); None otherwise."""
    line = text.rfind("\n", 0, opening) + 1
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    if text[line:opening].strip() or line == 0:
        return None
    if not _LABEL_LINE_RE.fullmatch(text, above, line):
        return _name_line(text, resolver, above, line - 1)
    return label_speaker(text, resolver, above, opening)


def _name_line(text: str, resolver: SpeakerResolver, start: int, end: int) -> tuple[Range, str] | None:
    """The line `[start, end)` when it is only one person's name after their title (`European Commission
    President X` ⏎ `"…"`: a heading naming the quotation's speaker) and that person; None otherwise."""
    start, end = trim(text, start, end)
    named = resolver.persons_within(start, end)
    if len(named) != 1 or named[0].end != end or not RANK_WORDS_RE.fullmatch(text, start, named[0].start):
        return None
    return (start, end), named[0].entity


_SET_OFF_RE = re.compile(r"\s*(?::|\s[-–—])\s*")
"""What sets a title's quotation off from the words naming its speaker: a colon or a dash."""


_DASH_END_RE = re.compile(r"(?:^|\s)[-–—]\Z")
"""A dash ending the words before a quotation (`Fin du mandat du général X –`)."""
_LINE_END_RE = re.compile(r"[»”\"]\s*[.!?]?\s*\Z")
"""A closing mark that ends the title, maybe with a full stop."""


def title_quotation(text: str, resolver: SpeakerResolver, before: str, opening: int, closing: int) -> bool:
    """True when the quotation whose marks stand at `opening` and `closing` (code points) closes the release's
    title (the resolver's `title_span`) after a dash that sets it off from the words before it (`before`,
    trimmed): `Fin du mandat du général X – « Nous devons rester unis »` is a `direct` quote, never a part of
    a sentence (guidelines 2.4, a quotation in the title line)."""
    if resolver.title_span is None or _DASH_END_RE.search(before) is None:
        return False
    first, end = resolver.title_span
    return first <= opening < closing < end and _LINE_END_RE.match(text, closing, end) is not None


def title_speaker(
    text: str, resolver: SpeakerResolver, opening: int, closing: int
) -> tuple[Range, str] | None:
    """The speaker of a quotation in the release's title (the resolver's `title_span`, else the text's first
    line; marks at `opening` and `closing`, code points) set off by a colon or a dash from words that name
    exactly one person, by name, by a rank and the surname the body gives in full (`"…" - General X visits
    Poland`) or by a title the release gives to one person (`Déplacement du secrétaire général de l’OTAN à
    Helsinki : « … »`, `« … » : en déplacement en Estonie, le secrétaire général …`, `Fin du mandat du
    général X – « … »`):
    that naming's span and the person; None when the line names nobody, names two (`Le secrétaire
    général reçoit le président : « … »`) or holds a title that resolves to nobody."""
    first, line_end = resolver.title_span or (len(text) - len(text.lstrip()), -1)
    line_end = line_end if line_end >= 0 else text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    if not first <= opening < closing < line_end:
        return None
    before = re.search(rf"(?:{_SET_OFF_RE.pattern})\Z", text[first:opening])
    after = _SET_OFF_RE.match(text, closing + 1, line_end)
    if before is not None and before.start() > 0:
        label = (first, first + before.start())
    elif after is not None and not text[first:opening].strip():
        label = trim(text, after.end(), line_end)
    else:
        return None
    found = [(m.start, m.end) for m in resolver.persons_within(*label)]
    found += [
        resolver.phrase_at(text, t.start(), label[1]) or t.span()  # `General Vollmer visits Poland`: the rank
        for t in TITLE_PHRASE_RE.finditer(text, *label)  # and the surname the body gives in full
        if not any(s <= t.start() < e or t.start() <= s < t.end() for s, e in found)
    ]
    speakers = {resolver.resolve(text, start, end, None) for start, end in found}
    if len(speakers) != 1 or None in speakers:
        return None
    return min(found), speakers.pop()  # type: ignore[return-value]


_TOPIC_RE = re.compile(r",?\s+(?:regarding|concerning|on|about|following|sur|concernant|après)\s")
"""What a statement's lead line says the statement is about, after its speaker (`, regarding the …`)."""


def statement_line_speaker(text: str, resolver: SpeakerResolver, opening: int) -> tuple[Range, str] | None:
    """The speaker of a quotation opening its paragraph at `opening` (code points) under a line, maybe after
    blank lines, that is a statement's heading (`statement_label`), maybe after a dateline and before what the
    statement is about (`KABUL, Afghanistan – Statement by Maj. Gen. X, acting commander of ISAF, regarding
    the … bombings.` ⏎ `“…”`): that naming's span and the person; None for any other line."""
    line = text.rfind("\n", 0, opening) + 1
    if text[line:opening].strip():
        return None
    above_end = len(text[:line].rstrip())
    above = text.rfind("\n", 0, above_end) + 1
    dateline = PLACE_DATELINE_RE.match(text, above, above_end)
    start = dateline.end() if dateline is not None else above
    topic = _TOPIC_RE.search(text, start, above_end)
    return statement_label(text, resolver, start, topic.start() if topic is not None else above_end)


def labelled_speaker(
    text: str, resolver: SpeakerResolver, sentence_start: int, pair: Pair, colon: bool
) -> tuple[Range, str] | None:
    """The speaker a label names for the quotation `pair` (its sentence opening at `sentence_start`; `colon`
    when a colon stands right before it): a label before the colon (`label_speaker`), a label line above
    (`label_line_speaker`), the title line's words (`title_speaker`) or a statement's lead line above
    (`statement_line_speaker`); the naming's span and the person, or None."""
    return (
        (label_speaker(text, resolver, sentence_start, pair.open) if colon else None)
        or label_line_speaker(text, resolver, pair.open)
        or title_speaker(text, resolver, pair.open, pair.close)
        or statement_line_speaker(text, resolver, pair.open)
    )


_HEADING_COLON_RE = re.compile(r"[^\S\n]*:[^\S\n]+")
"""The colon after a statement heading, spaces on the same line around it."""


def heading_clause(text: str, resolver: SpeakerResolver, start: int, end: int) -> tuple[Range, Range] | None:
    """(content, speaker mention) of a statement heading and a clause after its colon, no quotation marks
    (`Déclaration du secrétaire général de l’OTAN en Pologne : les pays de l’Alliance resteront unis`; not
    `Deputy Secretary General in Velgrad: NATO is …`, a headline with no statement's noun): the clause
    reports the statement (indirect, guidelines 2.1), when it holds a finite verb (`est`, `has`, a future:
    `resteront`, a modal: `doit`; not the English article `a`); else None. Offsets are code points."""
    colon = _HEADING_COLON_RE.search(text, start, end)
    label = statement_label(text, resolver, start, colon.start()) if colon is not None else None
    if colon is None or label is None or re.search(r"[«»“”\"]", text[colon.end() : end]):
        return None
    content = trim(text, colon.end(), end)
    verb = next(  # not the English article (`Deputy Secretary General: a year of results`)
        (
            v
            for v in FINITE_VERB_RE.finditer(text, *content)
            if v.group() != "a" or detect_language(text) == "fr"
        ),
        None,
    )
    verb = verb or FUTURE_RE.search(text, *content)  # `resteront`
    verb = verb or _MODAL_RE.search(text, *content)  # `l’Alliance doit rester prête …`
    return (content, label[0]) if verb is not None else None


_MODAL_RE = re.compile(
    r"(?<![\w’'-])(?:doit|doivent|peut|peuvent|va|vont|reste|restent|must|can|cannot|should|remains?)(?![\w’'-])"
)
"""A modal or a verb of remaining, finite like the auxiliaries of `FINITE_VERB_RE` (`l’OTAN doit …`, `Allies
must …`, `NATO remains …`)."""


def first_person_after(text: str, resolver: SpeakerResolver, before: Range, pair: Pair) -> Range | None:
    """The speaker mention of a quotation paragraph with no cue in the first person singular (`« J’ai le
    plaisir de confirmer le choix de M. Y … »`) right after a paragraph `before` whose first sentence's
    subject is a person (`Le secrétaire général, X, a choisi M. Y pour …`) and whose other persons the
    quotation names (Y, spoken of, speaks not): that subject; None otherwise. Offsets are code points."""
    if FIRST_PERSON_SINGULAR_RE.search(text, pair.open, pair.close) is None:
        return None
    inside = {m.entity for m in resolver.persons_within(pair.open, pair.close)}
    outside = {m.entity for m in resolver.persons_within(*before)} - inside
    subject = person_subject(text, resolver, before[0], before[1]) if len(outside) == 1 else None
    if subject is None or PRONOUN_RE.fullmatch(text, *subject):
        return None
    return subject if resolver.resolve(text, *subject, None) in outside else None
