"""The verbs of saying a cue is made of, French and English, as word lists (natopress.draft.speech makes
them regular expressions): past participles after `a`, present tense, infinitives, English verbs and
present participles; and what may stand between a cue and its `que`/`that` (`WHEN`). Sources: the verbs
found in NATO's releases read for the held-out rounds (guidelines 2.2 and 6)."""

from __future__ import annotations

import re


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


FRENCH_PARTICIPLES = (
    "déclaré",
    "convenu",
    "ajouté",
    "indiqué",
    "rappelé",
    "souligné",
    "affirmé",
    "noté",
    "estimé",
    "précisé",
    "dit",
    "expliqué",
    "insisté",
    "poursuivi",
    "conclu",
    *("informé", "informés", "informée", "informées"),  # `Il les a informés que` (an object before the verb)
    "observé",
    "assuré",
    "averti",
    "martelé",
    "relevé",
    "confié",
    "lancé un appel",
    "commenté",
    "annoncé",
    "signalé",
    "réaffirmé",
    "réitéré",
    "constaté",
    "mentionné",
    "répondu",
    "soutenu",
    "jugé",
    "encouragé",
    "appelé",
    "exhorté",
    "salué",
    "déploré",
    "fait valoir",
    "redit",
    "fait savoir",
    "fait observer",
    "fait remarquer",
    "fait ressortir",
    "fait la déclaration suivante",
    "mis en exergue",
    "mis en garde",
    *("décrit", "décrite", "décrites", "décrits", "qualifié", "qualifiée", "qualifiées", "qualifiés"),
    *("reconnu", "demandé", "prévenu", "promis", "plaidé", "réagi", "répété", "confirmé", "rapporté"),
    *("suggéré", "considéré"),
)
"""Past participles after `a` / `a-t-il` (`a déclaré`, `a-t-il indiqué`); two-word ones are kept whole."""
FRENCH_PRESENT = [
    "déclare",
    "ajoute",
    "indique",
    "rappelle",
    "souligne",
    "affirme",
    "note",
    "estime",
    "précise",
    "dit",
    "explique",
    "insiste",
    "poursuit",
    "conclut",
    "observe",
    "assure",
    "avertit",
    "martèle",
    "relève",
    "confie",
    "annonce",
    "signale",
    "réaffirme",
    "réitère",
    "constate",
    *("répète", "confirme", "indiquent", "déclarent", "soulignent", "affirment", "estiment"),
    *("reconnaît", "admet", "résume", "commente", "mentionne", "fait remarquer", "fait observer"),
    "fait ressortir",
    *("reconnaissent", "rapporte", "suggère", "considère", "considèrent"),
    *("qualifie", "qualifient"),  # `qualifie de « moment historique » la décision`, like `a qualifié`
]
FRENCH_INFINITIVES = [
    "déclarer",
    "ajouter",
    "indiquer",
    "rappeler",
    "souligner",
    "affirmer",
    "noter",
    "estimer",
    "préciser",
    "dire",
    "expliquer",
    "insister",
    "poursuivre",
    "conclure",
    "observer",
    "assurer",
    "avertir",
]
ENGLISH_VERBS = [
    *("said", "added", "stated", "noted", "stressed", "emphasised", "emphasized", "underlined"),
    *("explained", "recalled", "highlighted", "declared", "insisted", "told", "remarked", "concluded"),
    *("warned", "observed", "says", "adds", "notes", "stresses", "explains", "asked"),
    *("replied", "answered", "announced", "reiterated", "underscored", "affirmed", "reaffirmed", "continued"),
    *("described", "urged", "challenged", "acknowledged", "argued", "confirmed", "pledged", "suggested"),
    *("cautioned", "reemphasized", "reemphasised", "re-emphasised", "re-emphasized", "underscores"),
    *("maintained", "assured", "reaffirms", "underlines", "emphasises", "emphasizes", "agreed"),
    *("summarized", "summarised", "summarizes", "summarises", "wrote", "writes", "indicated", "mentioned"),
    *("assessed", "reflected", "recounted", "joked", "quipped", "admitted", "responded", "asserted"),
    *("conveyed", "outlined", "elaborated", "confessed", "commented", "comments", "mentions"),
    *("reminded", "reminds", "informed", "predicted", "claimed", "tells", "replies", "assures"),
    *("reassured", "reassures", "promised"),
    *("reckons", "shouted", "reported", "recalls", "concludes", "observes", "warns", "insists", "declares"),
    "affirms",
    *("recognised", "recognized", "recognises", "recognizes", "continues"),
]
ENGLISH_MULTIWORD = (
    "pointed out",
    "points out",
    *("summed up", "sums up", "set out", "sets out", "made clear", "makes clear"),  # `“…,” X makes clear.`
    # `called on Russia “to play …”`: mixed, like `urged`
    *("called on", "called upon", "calls on", "calls upon", "made an appeal to", "makes an appeal to"),
    # `called for closer ties between …, “to coordinate …”`: mixed, like `called on`
    *("called for", "calls for"),
    *(
        f"{lead} to {verb}"  # `went on to say that`, `wants to emphasize that`, `took the opportunity to say how`,
        # `is thrilled to say that` (not `is pleased that`, a stance)
        for lead in (
            *("went on", "wants", "wanted", "would like", "wishes", "wished", "took the opportunity"),
            *(
                f"{be} {glad}"
                for be in ("is", "was")
                for glad in ("pleased", "happy", "proud", "thrilled", "glad")
            ),
        )
        for verb in (
            "say",
            "stress",
            "add",
            "note",
            "underline",
            "emphasise",
            "emphasize",
            "highlight",
            "state",
            "announce",
        )
    ),
)

PRESENT_PARTICIPLES = [
    "qualifiant",
    "jugeant",
    "décrivant",
    "estimant",
    "soulignant",
    "affirmant",
    "rappelant",
    "déclarant",
    "indiquant",
    "ajoutant",
    "précisant",
    "notant",
    "insistant",
    "saluant",
    "se félicitant",  # `a ajouté que « P », se félicitant des contributions …`: the next act
    "se réjouissant",
    "dénonçant",
    "condamnant",
    "évoquant",
    "avertissant",
    "calling",
    # `closed the seminar by calling on “all partners to …”`: mixed, like `called on`
    *("calling on", "calling upon"),
    "welcoming",
    "describing",
    "stressing",
    "noting",
    "adding",
    "saying",
    "asking",
    "warning",
    "explaining",
    "recalling",
    "underlining",
    "emphasising",
    "emphasizing",
    "announcing",
    "recognizing",
    "recognising",
    "observing",
    "underscoring",
    "acknowledging",
    "considérant",
    "highlighting",
    "reiterating",
    "pointant",
    "reconnaissant",
    "réitérant",
    "faisant observer",
    "faisant remarquer",
    "faisant ressortir",
    "faisant valoir",
    *("stating", "declaring", "insisting", "arguing", "reaffirming", "confirming"),
    *("summarizing", "summarising", "concluding", "remarking", "reminding", "agreeing", "suggesting"),
    *("telling", "assuring", "reassuring", "informing"),
    *("expliquant", "réaffirmant", "confirmant", "concluant", "convenant", "constatant"),
]

_DAY_FR = r"\d{1,2}(?:er)?\s+[a-zéû]{3,9}(?:\s+\d{4})?"
"""A French day, its month in words and maybe its year (`22 mai 2014`, `1er juin`), as a pattern to embed."""
WHEN = (
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|"
    r"however|though|previously|repeatedly|publicly|earlier|also|further|again|in\s+a\s+statement|"
    r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    rf"(?:\s+{_DAY_FR})?|le\s+{_DAY_FR}|aujourd['’]hui|hier|"
    r"dans\s+un\s+communiqué"
    r"|(?:lors|au\s+cours|à\s+l['’]issue)\s+d(?:e|u|es|['’])\s*[\w’'-]+(?:\s+[\w’'-]+){0,5}?"
    r"|in\s+particular|en\s+particulier|(?:plus\s+)?particulièrement|notamment|in\s+(?:his|her|their|its|keynote|opening|closing)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    r"|(?:during|at|after|following)\s+(?:the|a|an|his|her|its|their|this|that|these|those)"
    r"\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?"
    r"|of\s+(?:the|these|this|those|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?"
    r"|après\s+(?:la|le|les|l['’]|son|sa|ses)\s*[\w’'-]+(?:\s+[\w’'-]+){0,4}?"
    r"|on\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]{2,8}(?:,?\s+\d{4})?"
    r"|in\s+(?-i:[A-Z][a-zà-ÿ’'-]+)(?:\s+(?-i:[A-Z][a-zà-ÿ’'-]+)){0,2})"
    r"(?:\s*\([^()\n]{1,30}\))?"
)
"""When or how something was said, between the verb and `that`/`que` (`said on Tuesday that`, `a souligné
ce jeudi (4 septembre 2014) que`, `a rappelé jeudi 22 mai 2014 que`, `said on 22 May 2014 that`, `ont
déclaré lors de ce sommet que`, `said at the press conference that`, `noted in particular that`, `said in
keynote remarks that`, `have said previously that`, `has said repeatedly that`, `remarked also that`, what the words were about:
`said of these conversations that`: at most six words, none
of them `que`/`that` by the lazy match; `said in Prague
that`, a place of at most three capitalised words); not the cue. A cue takes two (`said in Prague on
Friday that`)."""

LEAD_CUE_RE = re.compile(
    rf"(?<![\w’'-])(?:{alternation(PRESENT_PARTICIPLES)})(?![\w’'-])"
    r"(?![^,;:«»“”\"\n]{1,60},\s+(?:a|ont|avait|avaient)\s+[a-zéèê]+[ée]s?\s)",
    re.IGNORECASE,
)
"""`Qualifiant ces violences de « ... »`: the cue of a mixed quote whose content is the participle's object;
not a participle with its object set between commas before the subject's verb (`Le ministre, X, évoquant
la photographe, a parlé d’un « … »`: an aside)."""
