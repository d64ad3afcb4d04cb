"""The writer's or the speaker's own voice around a verb of saying: a relative or impersonal clause (`what we
said`, `It is worth noting that`) or a first-person subject (`We agreed that`, `We reviewed …, agreeing
that`) reports no one's words (guidelines 2.1)."""

from __future__ import annotations

import re

RELATIVE_CUE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:what|as)\s+(?:we|he|she|they|I|you)|worth|il\s+(?:convient\s+de|est\s+à)"
    r"|it\s+goes\s+without"
    r"|it\s+is\s+(?:\w+\s+)?(?:important|interesting|necessary|essential|useful|fair)\s+to"
    r"|it\s+(?:must|should|can|may)\s+(?:also\s+)?be)\s+\Z",
    re.IGNORECASE,
)
"""A verb of saying in a relative or comparative clause (`We did what we said we would do`) or after an
impersonal `it is worth`, `it is important to`, `it must be`, `it goes without` (`It is worth noting that
P`, `It is important to note that P`, `It must be noted that P`, `Il convient de noter que`, `It goes without
saying that P`): the writer's own voice, no report."""
FIRST_PERSON_RE = re.compile(
    r"(?<![\w’'-])(?:(?:we|I)\s+(?:have\s+|had\s+|all\s+)?(?:also\s+|always\s+|often\s+|repeatedly\s+|just\s+)?"
    r"|(?:j['’]ai|nous\s+avons)\s+(?:(?:toujours|également|aussi|souvent|déjà)\s+)?|je\s+"
    r"|[\w’'-]+\s+and\s+I\s+(?:(?:both|all|also)\s+)?)\Z",
    re.IGNORECASE,
)
"""A first-person subject before the cue (`We agreed that`, `I have always said that`, `Nous avons indiqué
que`, also one the speaker shares: `He and I both concluded that`) in a statement or transcript: the
speaker's own account, no report (guidelines 2.1)."""


FIRST_PERSON_OPENING_RE = re.compile(
    r"(?:[^,.;:!?«»“”\"\n]{1,80},\s+)?(?:we|I|nous|je|j['’])(?:\s|(?<=['’]))(?=[^.;:!?«»“”\"\n]*,\s*(?:(?:tout\s+)?en\s+|while\s+)?\Z)",
    re.IGNORECASE,
)
"""A first-person subject opening the sentence, maybe after a lead ending with a comma, with the participle
cue after a later comma (`We reviewed the progress we have made, agreeing that P`, `Nous avons examiné …, en
soulignant que`): a statement's own account, no report (matched from the sentence's start to the cue)."""


FIRST_PERSON_SINGULAR_RE = re.compile(r"(?<![\w’'-])(?:[Jj]e|[Jj]['’]|I|[Mm]y|me)(?![\w’'-])")
"""A speaker's first person singular inside a quotation (`Je suis heureux`, `J’ai`, `I am`, `my`): someone's
own words, which a paragraph before may attribute (natopress.draft.statements.first_person_after)."""
