"""Where a reported clause ends inside its sentence: before the subject's next act (`said P and thanked
…`), a second verb of saying (`, and stressed that`), a colon opening a quotation, or a sentence end glued to
the next quotation (natopress.draft.reported finds the clauses)."""

from __future__ import annotations

import re

from natopress.draft.according import COLON_QUOTATION_RE
from natopress.draft.speech import CUE_AFTER_ELISION_RE, CUE_RE, INDIRECT_RE, LEAD_CUE_RE
from natopress.text.sentences import trim

_SENTENCE_OPENING = r"\s*[A-ZÀ-Ý][\w’'-]*\s+[a-zà-ÿ]"
"""A quotation's first words as a sentence's: a capital, then a lower-case word (not a name, `Noble Jump`)."""
_SENTENCE_OPENING_RE = re.compile(_SENTENCE_OPENING)
_COLON_OR_GLUED_RE = re.compile(
    rf"{COLON_QUOTATION_RE.pattern}|[.!?][«“\"](?=[A-ZÀ-Ý])|,\s*[«“\"](?={_SENTENCE_OPENING})"
)
"""A colon before an opening mark, a full stop with the next sentence's opening mark glued to it (the
space lost), or a comma before a quotation that opens as a sentence, a capital then a lower-case word
(`said that P, “They will also agree …”`; not a name in marks, `the exercise, “Noble Jump”, was`): the
reported clause ends there, the quotation is a direct quote of its own."""
_ADVERBIAL_RE = re.compile(
    r"(?:throughout|in|at|on|after|before|during|for|from|over|since|by|with|without|despite|as|when|while|if"
    r"|although|dans|en|à|après|avant|pendant|depuis|pour|par|avec|sans|malgré|lors|si|quand|alors)(?![\w’'-])",
    re.IGNORECASE,
)
"""A preposition or conjunction opening a reported clause: what comes before its first comma is an adverbial
(`that throughout Europe and Eurasia, “…”`), the quotation after it the clause's own words."""


_CONTRAST_RE = re.compile(r",\s+(?:but|mais)\s+")


def after_contrast(text: str, start: int, end: int) -> int:
    """Where the last clause joined by `, but` / `, mais` in `text[start:end]` opens (code points), else
    `start`: an attribution closing the sentence after a quotation reports that clause only (`P, General X
    said, but ISAF was ‘still not …’: ‘…’, he insisted`), when a verb of saying stands before that
    conjunction (not `P, mais cette dernière « … », a souligné X`: the sentence is reported from its first
    word, guidelines 2.1)."""
    found = [m for m in _CONTRAST_RE.finditer(text, start, end) if CUE_RE.search(text, start, m.start())]
    return found[-1].end() if found else start


_CLAUSE_OPENING_RE = re.compile(
    r"\s*(?:(?:it|this|we|you|they|there)\s+(?:is|are|was|were|has|have|will|can|must)|c['’]est"
    r"|nous\s+(?:sommes|avons|devons|pouvons|allons))(?![\w’'-])"
)
"""A quotation opening in lower case on a pronoun and its finite verb: a clause (`we are grateful for …`)."""


def quotation_after_clause(text: str, opening: int) -> bool:
    """True when the quotation mark at `opening` follows a comma and opens as a sentence, a capital then a
    lower-case word (`said that P, “They will also agree …”`), or on a pronoun and its verb (`lauded
    Ostravia’s work, “we are grateful for …”`): a direct quote of its own, no part of the
    reported clause before the comma (`_COLON_OR_GLUED_RE`)."""
    return text[max(0, opening - 3) : opening].rstrip().endswith(",") and bool(
        _SENTENCE_OPENING_RE.match(text, opening + 1) or _CLAUSE_OPENING_RE.match(text, opening + 1)
    )


_STOP_INSIDE_RE = re.compile(r"\s*[A-ZÀ-Ý][^«»“”\"]*?[a-zà-ÿ][.!?]\s+[A-ZÀ-Ý]")
"""A quotation opening on a capital with a sentence's stop inside it: more than one sentence."""
_FIRST_PERSON_RE = re.compile(r"(?<![\w’'-])(?:I|my|we|our|us|je|j['’]|mon|ma|mes|nous|notre|nos)(?![\w’'-])")
_ATTRIBUTED_RE = re.compile(r"[^«»“”\"\n]{1,400}?[,!?…][»”\"](?P<after>[^.;:!?«»“”\"\n]{1,60})")
"""A quotation's words, a comma or stop and its closing mark, and the words after it (group `after`) up to
the next stop: where its attribution's verb of saying stands (`“Well done,” he said.`)."""
_SPACED_DASH_RE = re.compile(r"\s[-–—](?=\s|\Z)")
_DASHED_ATTRIBUTED_RE = re.compile(r"[^«»“”\"\n]{1,400}?[»”\"],?\s*(?P<after>[^.;:!?«»“”\"\n]{1,60})")
"""A quotation's words, its closing mark, maybe a comma, and the words after it up to the next stop (group
`after`), where the attribution's verb of saying stands after a spaced dash (`… patrol boats – “a real gain
for us” said X.`)."""
_CLOSING_SENTENCE_RE = re.compile(r"[^«»“”\"]*[»”\"](?=[.!?]?\s*(?:\n|\Z)|,\s*(?P<cue>))")
"""A quotation's words and its closing mark ending its sentence: at most a final point, then the paragraph's
end, or a comma and the attribution (group `cue`, where its verb of saying must stand)."""


def introduces(text: str, before: str, opening: int) -> bool:
    """True when the words `before` the quotation mark at `opening` introduce it as a sentence of its own:
    they end with a colon, or with a semicolon when an attribution follows the quotation's closing mark
    (`ended with a short message; “Keep learning,” he told the graduates`; not `“A” means P; “learn faster” asks
    …`), or with a spaced dash when a verb of saying follows the closing mark (`… patrol boats – “a real
    gain for us” said X`), or with a word whose colon the page lost before a quotation that opens as a
    sentence, speaks in the first person and closes its sentence (`He remembered the fallen soldiers "To
    them and to their families I give my salute”.`) or its attribution does (`… during the pandemic “Your
    teams kept the runways open …”, emphasised Admiral X.`; guidelines 2.4)."""
    if before.endswith(":"):
        return True
    dashes = [m.end() for m in _SPACED_DASH_RE.finditer(before)]  # an odd count: no apposition's second dash
    # (`La mission – de formation – « permettra … », a déclaré X`)
    tail = _ATTRIBUTED_RE if before.endswith(";") else _DASHED_ATTRIBUTED_RE
    if before.endswith(";") or (dashes and dashes[-1] == len(before) and len(dashes) % 2):
        attributed = tail.match(text, opening + 1)
        return attributed is not None and CUE_RE.search(attributed["after"]) is not None
    closing = _CLOSING_SENTENCE_RE.match(text, opening + 1)
    return (
        bool(re.search(r"[^\W\d_]\Z", before))
        and closing is not None
        and (  # `“The Engineering Board has carried … Your teams …”`: sentences, whatever their opening
            _SENTENCE_OPENING_RE.match(text, opening + 1) is not None
            or _STOP_INSIDE_RE.match(text, opening + 1, closing.end()) is not None
        )
        and (closing.start("cue") < 0 or CUE_RE.match(text, closing.start("cue")) is not None)
        and _FIRST_PERSON_RE.search(text, opening, closing.end()) is not None
    )


OCCASION = (
    r",?\s+(?:during\s+(?:an?|the|his|her|their)|at\s+(?:his|her|their)|lors\s+d(?:e\s+la|e\s+l['’]|u|es|['’]une?))"
    r"\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:event|meeting|visit|conference|webinar|session|panel|ceremony|speech|address|forum|seminar|interview"
    r"|[Ss]ummit|réunion|visite|conférence|séance|cérémonie|discours|allocution|forum|séminaire|entretien)s?(?![\w’'-])"
)
"""The occasion of words reported (`during a keynote speech`, `at their Summit`, `lors de la réunion`), as a
pattern to embed: it
ends the reported clause (`_SECOND_ACT_RE`), and a day after it is the occasion's
(natopress.draft.eventdates)."""
OCCASION_RE = re.compile(OCCASION, re.IGNORECASE)
_UNNAMED_INDIRECT = re.sub(r"\(\?P<\w+>", "(?:", INDIRECT_RE.pattern)
"""`INDIRECT_RE` without its named groups, to embed once more."""
NEXT_ACT = (
    r",?\s+(?:and|et)\s+(?:(?:il|elle|he|she)\s+)?(?:(?:les|lui|leur)\s+|l['’])?(?:a\s+|ont\s+|has\s+|have\s+)?(?:also\s+|également\s+)?"
    r"(?:thanked|welcomed|praised|"
    r"congratulated|commended|met|visited|urged|decided|asked|called|encouraged|invited|looked\s+forward|spoke"
    r"|discussed|toured|signed|attended|shared|expressed|remercié"
    r"|salué|félicité|rencontré|visité|exprimé"
    r"|exhorté|décidé|demandé|appelé|encouragé|engagé|invité"
    r"|s['’]est\s+(?:également\s+)?(?:entretenue?|félicitée?|rendue?|réjouie?))(?:e|es|s)?(?![\w’'-])(?!\s*[»”])"
)
"""The subject's next act after `and` / `et` (`and thanked`, `et a remercié`, `et décidé que`; not a
participle the closing mark follows: `« un voisin stable et engagé »` holds an adjective), as a pattern to
embed: it ends
a reported clause (`_SECOND_ACT_RE`), and quotation marks after it are its object, not the first verb's
(natopress.draft.nonspeech.unreported)."""
_SECOND_ACT_RE = re.compile(
    rf"{NEXT_ACT}"
    r"|,\s+(?:and|et|but|mais)\s+(?:il|elle|ils|elles|he|she|they|tous\s+deux|toutes\s+deux|both)\s+"
    r"(?:a|ont|has|have|also|was|were|[a-z]+ed|se\s+sont|s['’]est|sont|est)\b"
    r"|\s+(?:but|mais)\s+(?:il|elle|ils|elles|he|she|they)\s+(?:a\s+|ont\s+)?(?:(?:also|aussi|également)\s+)?"
    r"(?:mis\s+en\s+garde|averti|souligné|rappelé|insisté|ajouté|déclaré|warned|cautioned|stressed|added|noted)"
    r"(?![\w’'-])"
    r"|,\s+(?:but|mais)\s+(?:les|the)\s+[A-ZÀ-Ý][\w’'-]+\s+(?:(?:a|ont|have|has)\s+)?(?:par\s+ailleurs\s+|also\s+)?"
    r"(?:[a-zà-ÿ]{2,}(?:é|és|ée|ées|ed))(?![\w’'-])"
    rf"|,\s+(?:(?:tout\s+)?en\s+|before\s+|also\s+)?(?:(?:la|le|les|lui|leur)\s+|l['’])?(?:{LEAD_CUE_RE.pattern})"
    r"|,\s+avant\s+(?:d['’]|de\s+)"
    r"|,\s+before\s+[a-z]{3,}ing(?![\w’'-])"
    r"|,\s+(?:notamment\s+)?(?:citant|citing|quoting|mentionnant|mentioning)(?![\w’'-])"
    r"|,?\s+et\s+(?:vient|viennent)\s+d['’]|(?<=[»”]),\s+en\s+[a-zà-ÿ]{3,}ant(?![\w’'-])"
    r"|(?<=[»”]),\s+(?:l['’]|la\s+|le\s+|les\s+)[^,.;:!?«»“”\"]{1,60}?\s(?:ayant|étant)(?![\w’'-])"
    r"|(?<=[»”\"])[^\S\n]*:[^\S\n]+(?![«“\"\s])"
    r"|\s+et\s+en\s+[a-zà-ÿ]{3,}ant\s+(?:que\s|qu['’])"
    rf"|\s*;\s+(?=[^.;:!?«»“”\"]{{0,80}}?(?i:{INDIRECT_RE.pattern}))"
    rf"|\s+(?:and|et)\s+(?=(?i:il|elle|ils|elles|he|she|they)\s+(?i:{_UNNAMED_INDIRECT}))"
    rf"|\s*:\s+(?=(?i:as|comme)\s[^.;:!?«»“”\"]{{0,60}}?(?:{CUE_AFTER_ELISION_RE.pattern}))"
    rf"|{OCCASION}"
)
"""The subject's next act after a reported clause (`said Finland is a close partner and thanked the Minister`,
`a réaffirmé que P et décidé que Q`, `a dit que P et les a exhortés à …`, `a indiqué que P, et il a souligné
l’importance …`, `…, et tous deux ont examiné …`, `a rappelé que P, mais il a appelé …`, a pronoun's verb of saying after
`mais` or `but` even without its comma (`a reconnu que P mais il a insisté sur …`), `Il a été noté que
P, mais les Alliés ont par ailleurs donné …`, `a conclu en affirmant que P et en souhaitant que Q`, `a fait
observer que P, soulignant la nécessité de …`, `a souligné que « P », la qualifiant de « … »`, an
absolute participle after the marks (`a dit estimer que « P », la situation de sécurité ayant changé
depuis …`: the writer's reason) or a colon after them and words that no quotation mark opens (`a souligné
que l’Ostravie « n’a jamais été seule » : le pays a reçu …`: the writer's explanation), `a
réaffirmé que « P », avant d’ajouter : « Q »`, `stressed that “P”, before adding: “Q”`, any infinitive after `, avant de` or participle after `, before` (`a déclaré
que P, avant de revenir sur les efforts …`, `said that P, before turning to …`), `a précisé que P, citant
notamment l’exemple de …`, `noted that P and spoke about …`, `ont déclaré que P, et viennent d’annoncer …`, `«
P », en faisant ici référence à …`), the occasion of the words (`explained how P during an online event held
by …`, `lors de la réunion`), a pronoun's own report after `et`/`and` (`a rappelé que P et il a réaffirmé que
Q`), a semicolon before another subject's report (`ont fait savoir que P ; le secrétaire général a répété
que Q`), or a colon before a comparative clause's report (`il a été affirmé que P : comme l’a dit M. X,
« Q »`): it ends the clause."""
_BUT_ACT_RE = re.compile(
    r",?\s+(?:but|mais)\s+(?:(?:a|ont|has|have)\s+)?(?:also\s+|également\s+)?"
    r"(?:[a-zà-ÿ]{2,}(?:ed|é|ée|és|ées)|said|told|dit)(?![\w’'-])"
)
"""`expressed concern that P, but looked forward to …`, `said that P, but said: “…”`: a past verb right after
`but`, no subject of its own, is the subject's next act; with no comma, after a negation of the clause, it
is the clause's own contrast (`that A is not directed against any country but intended to …`, `_NOT_RE`)."""
_NOT_RE = re.compile(r"(?<![\w’'-])(?:not|never|pas|jamais)(?![\w’'-])|n['’]t(?![\w’'-])", re.IGNORECASE)


def _but_act(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_BUT_ACT_RE` in `text[start:end]`, unless `but` has no comma and a negation stands before it."""
    act = _BUT_ACT_RE.search(text, start, end)
    if act is not None and not act.group().startswith(",") and _NOT_RE.search(text, start, act.start()):
        return None
    return act


_SECOND_CUE_RE = re.compile(
    rf",?\s+et\s+(?:(?:il|elle|ils|elles)\s+)?(?=(?:a|ont)\s)(?:{CUE_RE.pattern})"
    rf"|,\s+and\s+(?:also\s+)?(?:{CUE_RE.pattern})"
    rf"|\s+and\s+(?:also\s+)?(?:{CUE_RE.pattern})(?=\s+(?:their|his|her|its|the)\s)"
    r"|\s+(?:and|but)\s+(?:he|she|I)\s+(?:also\s+)?[a-z]+ed(?![\w’'-])"
    rf"|,\s+(?:et|and)\s+(?:(?:les|la|le|the)\s+[\w’'-]+|several|many|some|others|plusieurs|certains|d['’]autres)"
    rf"\s+(?:{CUE_RE.pattern})(?=\s+(?:que|qu['’]|that)\b)"
    rf"|,\s+(?:he|she)\s+(?:also\s+)?(?:{CUE_RE.pattern})(?=[.!?]?\s*\Z)",
    re.IGNORECASE,
)
"""A second verb of saying of the subject, joined by `et` (`s’est félicité que P et a souligné combien
…`, `a déclaré que P et a appelé à « … »`, `ont souligné que P, et ont réaffirmé …`) or `, and` (`said it had been a privilege, and stressed the
importance of …`), or `and` before the verb's object (`noted that P and stressed their determination`), or
a clause of the subject's pronoun (`told reporters that P and he expressed concerns`, `ont estimé que P et
ils ont souligné le rôle de …`) or of the one asking
(`X said he wanted P and I wanted to ask …`, a transcript's question), or another subject's
verb of saying and its `que` (`P, et les participants ont souligné que Q`, `P, and several indicated that
Q`), or a pronoun's attribution
closing the sentence (`both parties concluded that P, he added.`): it ends the clause, with or without a
clause of its own."""


_OPEN_END_RE = re.compile(
    r"(?<![\w’'-])(?:is|are|was|were|remains|remained|est|sont|était|étaient|reste|demeure|that|que)\s*\Z",
    re.IGNORECASE,
)
"""A clause ending on a copula or on `that`/`que` before a colon and a quotation (`that NATO is: “…”`,
`that the success of the exercise demonstrates that: “…”`): the quotation completes it, so one mixed quote
(guidelines 2.1)."""
_LOWER_CASE_AFTER_COLON_RE = re.compile(r"[^\S\n]*:[^\S\n]*[«“\"][^\S\n]*[a-zà-ÿ]")
"""A colon before a quotation opening in lower case (`que les priorités avaient changé : « la résilience …»`): the
quotation goes on with the reported clause's sentence, so one mixed quote (guidelines 2.1)."""


def clause_end(text: str, start: int, end: int) -> int:
    """`end`, or the end in `text` (code points) of the clause before `, adding that …`, `et a réaffirmé que`, `, but stressed
    that` or `, he stressed that` (a second verb of saying) inside it, or
    before a colon that opens a quotation (`a déclaré que P : « … »`: P, then a direct quote; not before a
    quotation opening in lower case, which goes on with P), or at a
    sentence's end glued to the next quotation's opening mark (`said P."We can …”`)."""
    colon = _COLON_OR_GLUED_RE.search(text, start, end)
    if colon is not None and text[colon.start()] == "," and _ADVERBIAL_RE.match(text, start):
        colon = None  # `added that throughout Europe, “USAID has committed …”`: the quotation is the clause's
    if colon is not None and (
        _OPEN_END_RE.search(text, start, colon.start())
        or _LOWER_CASE_AFTER_COLON_RE.match(text, colon.start())
    ):
        colon = None  # `stated that NATO is: "…a community of democracies …"`: the quotation completes P
    if colon is not None and colon.start() >= start:
        end = colon.start()
    act = (
        _SECOND_ACT_RE.search(text, start, end)
        or _but_act(text, start, end)
        or _SECOND_CUE_RE.search(text, start, end)
    )
    if act is not None and act.start() > start:
        end = trim(text, start, act.start())[1]
    for match in INDIRECT_RE.finditer(text, start, end):
        head = text[start : match.start("cue")]
        comma = (
            re.search(r",\s*(?:(?:tout\s+)?en\s+|while\s+)?$", head)
            or re.search(r"(?<=,[\"”»])\s*$", head)
            or re.search(r"\s(?:et|and)\s+$", head)  # `que P et a réaffirmé que Q`
            or re.search(  # `P”, but stressed that Q`, `P mais il a fait observer que Q`
                r",?\s(?:but|mais)\s+(?:(?:il|elle|ils|elles|he|she|they)\s+)?(?:also\s+|a\s+)?$", head
            )
            or re.search(r",\s*(?:he|she|they|il|elle|ils|elles)\s+(?:also\s+)?$", head, re.IGNORECASE)
        )
        if comma is not None:
            return trim(text, start, start + len(head[: comma.start()].rstrip(" ,")))[1]
    return end
