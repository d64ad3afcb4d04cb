"""A thing as the subject of a verb of saying (`The report says that P`, `It underlines that P`, `79 % sont
d’avis que P`): what it shows, no one's words (guidelines 2.1). natopress.draft.reported and
natopress.draft.quotes drop such reports."""

from __future__ import annotations

import re

THING_SUBJECT_RE = re.compile(
    r"(?<![\w’'-])(?<!during\s)(?<!after\s)(?<!before\s)(?<!following\s)(?<!at\s)(?<!in\s)(?<!pendant\s)"
    r"(?<!lors\sde\s)(?<!après\s)(?<!avant\s)"
    r"(?:the|this|that|its|their|our|la|le|l['’]|leur|sa|son|cette|ce|ces|les)\s*"
    r"(?:[\w’'-]+\s+){0,5}?(?:presence|initiative|event|exercise|documents?|reports?|study|survey|figures|data"
    r"|results|deployment|présence|événement|exercice|rapport|étude|chiffres|résultats|déploiement"
    r"|communiqu[eé]|policy|politique|strategy|stratégie|treaty|traité|resolution|résolution|charter|charte"
    r"|(?-i:meeting|conference|seminar|workshop|session|discussions?|debate|video|exhibition|réunion|conférence"
    r"|presentations?|briefings?|lectures?|theme|présentations?|exposés?|thème|ships|vessels|navires"
    r"|séminaire|atelier|débats?|rencontre|vidéo|exposition|intelligence|evidence|information|analysis"
    r"|assessments?|investigations?|findings|statistics|imagery|renseignements?|analyses?|évaluations?"
    r"|enquêtes?|preuves|indices|statistiques))"
    r"(?:\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|l['’])\s*)?[\w’'-]+)?"  # `Le rapport de l’OSCE précise que`
    r"(?:,\s*[“«\"][^”»\"\n]{1,100}[”»\"]\s*,?)?"  # `This year’s theme, “…,” highlighted how P`
    r"(?:\s+(?:clearly|also|thus|therefore|clairement|également|ainsi|donc))?\s+\Z"
    r"|(?<![\w’'-])it(?:\s+(?:clearly|also|thus|therefore))?\s+\Z"
    r"|(?<![\w’'-])\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|pour\s*cent)(?:\s+[\w’'-]+){0,3}?\s+\Z",
    re.IGNORECASE,
)
"""A thing as the verb's subject (`Leur présence indique clairement que P`, `their presence makes it clear
that P`, `The initiative underscores the awareness …`, `the report says that P`, with its complement:
`Le rapport de l’OSCE précise que P`, a document: `The July 2016 Warsaw NATO Summit Communique highlighted
that “…”`, `The meeting highlighted the fact that P`, `the SNMG2 ships confirmed that P`, what was found (`The
intelligence indicated that P`, `l’enquête a montré que P`), English `It
underlines that P`: `it` is no person; a survey's share: `79 % sont d’avis que P`, `62 per cent of
respondents said that P`): what it shows, no one's words (guidelines 2.1); an event's noun
only in lower case (`the Conference agreed that` may be a body's)."""
PASSIVE_BE_RE = re.compile(r"(?:was|is|has\s+been|had\s+been|were)\s", re.IGNORECASE)
"""A passive's auxiliary opening a cue (`it was agreed that`): an impersonal passive, no thing speaking."""


def thing_subject(text: str, cue_start: int) -> bool:
    """True when a thing is the subject of the verb of saying at `cue_start` (a code point of `text`):
    `THING_SUBJECT_RE` within the 160 code points before it (a title in marks may follow the noun), the
    verb no passive's auxiliary (`it was agreed that`: impersonal, `PASSIVE_BE_RE`)."""
    return bool(
        THING_SUBJECT_RE.search(text, max(0, cue_start - 160), cue_start)
        and not PASSIVE_BE_RE.match(text, cue_start)
    )
