"""Speakers read from the structure around a quotation that no cue of speech introduces (issue 14, round 2).

ANNOTATION_GUIDELINES.md §2.4 states the rules; each names one person only when the text leaves no doubt:
- a quotation hanging on the verb of the sentence's subject: a participle cue (`M. X a remercié …,
  ajoutant que …`), a verb of thanking with a quoted reason (`Il a remercié la France d’être « … »`), a
  verb of commenting with its quotation after a comma or colon (`Sir X commented on the effect, “…”`;
  these two: natopress.draft.objectquotes);
  the subject is a person's name, honorific, title or pronoun, and no other person, title, quotation or
  relative clause stands between it and the quotation (`subject_clear`);
- a quotation after a colon, a quotation opening its sentence after a sentence stating a view, or after a
  reported clause: the subject of that sentence or clause (natopress.draft.uncued; statement headings:
  `natopress.draft.statements`).
"""

from __future__ import annotations

import re

from natopress.draft.absolute import absolute_subject
from natopress.draft.commandchange import TENURE_PHRASE_RE
from natopress.draft.commas import WHEN_SAID
from natopress.draft.entities import SpeakerResolver
from natopress.draft.phrases import APPOSED_RELATIVE, TERM_RE
from natopress.draft.speech import (
    BARE_RANK_RE,
    BEFORE_INFINITIVE_RE,
    CUE_RE,
    HONORIFIC_RE,
    INDIRECT_RE,
    LEAD_CUE_RE,
    NOMINAL_SPEAKER_RE,
    PRONOUN_RE,
    RANK_COMPLEMENT,
    TITLE_PHRASE_RE,
)
from natopress.draft.titles import title_fills

Range = tuple[int, int]

_RELATIVE_RE = re.compile(
    r"(?<![\w’'-])(?:qui|who|whom|whose|which|dont|lequel|laquelle|lesquels|lesquelles"
    r"|qu['’](?:il|elle|on)|que\s+(?:il|elle)|that\s+(?:he|she))(?![\w’'-])",
    re.IGNORECASE,
)
"""A relative clause whose subject may be a person (`qui a dit`, `who said`, `qu’il a décrit`): the
quotation may hang on that clause. `qu’ils continuent` (plural, things) does not stop the rule."""
_SPEECH_NOUN_RE = re.compile(
    r"(?<![\w’'-])(?:message|messages|discours|propos|paroles|mots|déclaration|déclarations|allocution|termes"
    r"|words|remarks|speech|statement|statements|address|comments|appel|call)(?![\w’'-])",
    re.IGNORECASE,
)
"""Nouns naming someone's words (`pour son message « … »`): the quotation may be the object's words."""
_APPOSED_NAME_RE = re.compile(
    r"(?:\s+(?:of|de|du|des)\s+[^,;:«»“”\"]{1,60}?)?\s*,\s*"
    rf"(?:{BARE_RANK_RE.pattern}(?:{RANK_COMPLEMENT})?\s+)?(?:[A-Z][\w’'-]*\s+){{0,4}}?"
)
"""A title's complement and the comma before a name in apposition (`The Chairman of the Committee, Sir `,
`Le président du Comité militaire de l’OTAN, le général d’armée aérienne Sir `)."""
_INVERTED_CUE_RE = re.compile(rf"(?:[»”\"]\s*,|,[»”\"])\s*(?:{CUE_RE.pattern})(?:\s+|(?=,))", re.IGNORECASE)
"""A quotation's closing mark, a comma (or the comma then the mark: `“…,” said `) and its inverted cue (`« … »,
a déclaré ` le secrétaire général, soulignant « … »): the speaker phrase after it is a later participle's
subject, and so is the cue's clitic before a comma (`« … », a-t-il déclaré, qualifiant cette évolution
d’« … »`)."""
_ATTRIBUTION_COMMA_RE = re.compile(
    rf"[,.!?][»”\"]\s*(?P<phrase>[^\W\d][^«»“”\"\n,;:]{{0,80}}?)\s+(?P<cue>(?:{CUE_RE.pattern}))\s*,\s*\Z",
    re.IGNORECASE,
)
"""A quotation closed with its comma inside the marks, then its speaker and verb and a comma right before a
participle (`“…,” the Secretary General said, ` describing …): that speaker is the participle's subject."""
_PARTICIPLE_LEAD_RE = re.compile(
    r"(?:(?:,|\s(?:et|and))\s*(?:(?:tout\s+)?en\s+|while\s+|après\s+|(?:further|also|then)\s+)?"
    r"|(?<=[a-zé])\s+(?:(?:tout\s+)?en|while|whilst)\s+)$",
    re.IGNORECASE,
)
"""What stands right before a participle cue of the main clause: `, ajoutant`, `, tout en soulignant`, `, après
avoir souligné`, `et` / `and` after a first participle (`insistant sur … et rappelant que`), or `en` or `while` without a
comma (`Il a conclu en affirmant que`, `X informed Colonel Y of the situation while emphasizing that`: X's)."""


def is_person_phrase(text: str, resolver: SpeakerResolver, phrase: Range) -> bool:
    """True when `text[phrase]` names a person: a name the draft found, an honorific and surname, a title
    a pronoun or a post named by its tenure (`the new commander`; not a body: `le Conseil` is the collective
    rule's)."""
    if resolver.persons_within(*phrase):
        return True
    for pattern in (HONORIFIC_RE, PRONOUN_RE, NOMINAL_SPEAKER_RE, TITLE_PHRASE_RE, TENURE_PHRASE_RE):
        head = pattern.match(text, *phrase)
        if head is not None and title_fills(text, head.end(), phrase[1]):
            # `the Chairman of the NATO Military Committee`: a title and its body
            return True
    return False


DETERMINER_RE = re.compile(
    r"(?<![\w’'-])(?:son|sa|ses|leur|leurs|cette|ce|cet|ces|une|un|la|le|les|l['’]|the|a|an|this|these|his|her"
    r"|its|their)\s*\Z",
    re.IGNORECASE,
)
"""A determiner right before a word: the word is a noun or a name (`son annonce`, `the notes`, `le « Projet
X »`), not a verb of saying nor quoted words."""


def _verb_of_saying(text: str) -> bool:
    """True when `text` holds a verb of saying (`CUE_RE`) that is no noun after a determiner, nor the
    subject's own second verb after `, and` (`X welcomed …, and reminded the Council …, recognising that`)."""
    return any(
        not DETERMINER_RE.search(text, max(0, m.start() - 8), m.start())
        and not _AND_VERB_RE.search(text, max(0, m.start() - 12), m.start())
        for m in CUE_RE.finditer(text)
    )


_AND_VERB_RE = re.compile(r",\s*and\s+(?:also\s+)?\Z")


def subject_clear(
    text: str,
    resolver: SpeakerResolver,
    start: int,
    end: int,
    *,
    objects: bool = False,
    speech_nouns: bool = True,
    marks: bool = True,
    cues: bool = True,
    relatives: bool = True,
) -> bool:
    """True when `text[start:end]` (between a subject and its quotation) holds no quotation mark (unless
    not `marks`), relative clause with a person's subject (unless not `relatives`), cue of speech or
    sentence end, nor (with `speech_nouns`) a noun naming someone's words; nor, unless `objects` (a verb of
    thanking whose object is the person thanked), another person, title or honorific."""
    between = text[start:end]
    if re.search(r"[\n;]" if not marks else r"[«»“”\"\n;]", between):
        return False
    if relatives and _RELATIVE_RE.search(between):
        return False
    if (cues and _verb_of_saying(between)) or (speech_nouns and _SPEECH_NOUN_RE.search(between)):
        return False
    if objects:
        return True
    named = [m for m in resolver.persons_within(start, end) if len(text[m.start : m.end].split()) > 1]
    return not (
        named  # a one-word `person` with neither honorific nor title is most often a place (`Kyïv`)
        or TITLE_PHRASE_RE.search(text, start, end)
        or HONORIFIC_RE.search(text, start, end)
    )


def person_subject(
    text: str, resolver: SpeakerResolver, sentence_start: int, verb_start: int
) -> Range | None:
    """The person phrase that is the subject of the sentence `[sentence_start, …)` and resolves to someone."""
    subject = resolver.sentence_subject(text, sentence_start, verb_start)
    if subject is None or not is_person_phrase(text, resolver, subject):
        return None
    apposed = _APPOSED_NAME_RE.match(text, subject[1], verb_start)  # `The Chairman …, Sir Stuart Peach`
    names = resolver.persons_within(apposed.end(), verb_start) if apposed else []
    if (
        apposed
        and names
        and not re.fullmatch(r"(?:[A-ZÀ-Ý][\w’'.-]*\s+)*", text[apposed.end() : names[0].start])
    ):
        names = []  # `X, commandant de …, qui était accompagné du général Y, …, a remercié`: Y is no apposition
    closed = re.compile(r"\s*,").match(text, names[0].end, verb_start) if len(names) == 1 else None
    if len(names) == 1 and (closed is not None or not text[names[0].end : verb_start].strip(" ,")):
        return subject[0], names[0].end  # `Le secrétaire général de l’OTAN, X, a ouvert …, en déclarant`
    if PRONOUN_RE.fullmatch(text, *subject) and _IMPERSONAL_RE.match(text, subject[1]):
        return None  # `Il y a tout juste un mois, Athènes a signé …`: no one
    if not PRONOUN_RE.fullmatch(text, *subject) and resolver.resolve(text, *subject, None) is None:
        return None  # a pronoun resolves later, against the quotes before it (`resolve_speakers`)
    return subject


_IMPERSONAL_RE = re.compile(
    r"\s+(?:y\s+(?:a|avait|aura)|faut|fallait|s['’]agit|s['’]agissait|est\s+(?:important|essentiel|"
    r"nécessaire|temps|clair|évident|possible)|is\s+(?:important|essential|necessary|time|clear)|was\s+time)"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""What follows an impersonal `il`/`it` (`Il y a un mois`, `Il faut`, `It is important`): no subject."""


_AND_BEFORE_CUE_RE = re.compile(
    r",?\s*(?:et|and|but|mais)\s+(?:(?:also|then|[a-z]{2,}ly)\s+)?\Z", re.IGNORECASE
)
"""`and` before a second verb of saying, maybe and an adverb (`and strongly underlined`)."""
_COMMA_BEFORE_CUE_RE = re.compile(r",\s*\Z")
_THAT_AFTER_RE = re.compile(r"\s+(?:that|que|qu['’])", re.IGNORECASE)
"""A verb of saying after a comma and before `that` (`The Secretary General thanked Y for …, said that P`): a
second verb of the subject, its `and` left out."""


def conjoined_subject(text: str, resolver: SpeakerResolver, sentence_start: int, cue: Range) -> Range | None:
    """The speaker mention of a verb of saying joined by `et`/`and`/`but` to the subject's first verb, with no
    subject of its own (`M. X a félicité le président pour ses efforts, et a déclaré que`, `The Secretary
    General praised the cooperation and said that`): the sentence's subject, whatever the first verb's
    object (`Il a souligné l’importance de … et a fait observer que`), unless a quotation (not the first verb's
    own, when it is one of saying: `s’est déclaré « … » et a ajouté que`), a relative clause or a reported
    clause (`a déclaré que …`) stands between."""
    comma = _COMMA_BEFORE_CUE_RE.search(text, max(sentence_start, cue[0] - 4), cue[0])
    if comma is not None and _THAT_AFTER_RE.match(text, cue[1]) is None:
        comma = None  # only `X thanked …, said that P`: not `“…”, said X`
    if _AND_BEFORE_CUE_RE.search(text, max(sentence_start, cue[0] - 24), cue[0]) is None and comma is None:
        return None
    subject = person_subject(text, resolver, sentence_start, cue[0])
    if subject is None:
        return None
    between = _AND_BEFORE_CUE_RE.search(text, sentence_start, cue[0])
    end = between.start() if between is not None else comma.start() if comma is not None else cue[0]
    terms = QUOTED_TERM_RE.sub("", text[subject[1] : end])  # `a rappelé l’importance de l’« interopérabilité
    # intellectuelle » des pays, et a souligné que`: a quoted term is no quotation standing between
    clear = subject_clear(
        text,
        resolver,
        subject[1],
        end,
        objects=True,
        speech_nouns=False,
        cues=False,
        relatives=False,
        marks=bool(re.search(r"[«»“”\"]", terms)) and not _OWN_QUOTATION_RE.fullmatch(text, subject[1], end),
    )
    relative = _VERB_SHARING_RELATIVE_RE.search(text, subject[1], end)
    if relative is not None and text[: relative.start()].rstrip().endswith(","):
        # `X, team leader, who helped …, was glad to help and said`: set off by commas, the subject's verb after
        relative = None if _CLOSED_RELATIVE_RE.search(text, relative.end(), end) else relative
    if not clear or relative is not None:
        return None
    return subject if not INDIRECT_RE.search(text, subject[1], end) else None


REFERRED_TO = r"referred\s+to(?!\s+as\b)"
"""A verb of referring whose quotation is the subject's words (`referred to “…”`; not `referred to as`, a
naming): natopress.draft.objectquotes types the quotation, `conjoined_subject` lets it stand between."""
_OWN_QUOTATION_RE = re.compile(
    rf"\s+(?:{CUE_RE.pattern}|{REFERRED_TO}|(?:condemned|denounced|deplored|welcomed|praised)(?:\s+[\w’'-]+){{0,4}}"
    rf"|(?:[\w’'-]+\s+){{0,3}}[\w’'-]+\s*,\s*(?:en\s+)?(?:{LEAD_CUE_RE.pattern})\s*:?)"
    r"\s*[«“\"][^«»“”\"]+[»”\"]\s*",
    re.IGNORECASE,
)
"""The subject's first verb, one of saying or referring, and its quotation (`Lord X s’est déclaré « consterné …
» et a ajouté que`, `The Secretary General referred to “…” and said that`, `condemned the bombing “in the
clearest terms” and strongly underlined`), or its participle of saying's (`a acquiescé, en ajoutant : « … », et
a précisé`): that quotation is the subject's own, no other subject's words between."""
QUOTED_TERM_RE = re.compile(rf"[«“\"](?:{TERM_RE.pattern})[»”\"]")
"""A term in quotation marks (`TERM_RE`: `l’« interopérabilité intellectuelle »`)."""
_CLOSED_RELATIVE_RE = re.compile(
    r",\s+(?!(?:and|et|who|which|qui|dont|that)(?![\w’'-]))(?:is|was|has|had|were|are|a|est|était)\s"
)
"""A comma and the subject's own verb after a relative clause set off by commas (`…, who helped …, was glad`)."""


_VERB_SHARING_RELATIVE_RE = re.compile(
    r"(?<![\w’'-])(?:who|whom|whose|qu['’](?:il|elle|on)|que\s+(?:il|elle)|that\s+(?:he|she)"
    r"|(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\s+(?:[\w’'-]+\s+){0,2}?(?:a|ont|avait|avaient|aura))"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""A relative clause before a conjoined verb of saying that may be that verb's own: one with a person's
subject (`who`, `qu’il`) or a French one in a compound tense whose auxiliary the verb may share (`qui a
reçu …, et rappelé que`). Not a relative clause of things in a simple tense (`a mis en avant le partenariat
qui lie l’OTAN et la Géorgie, et rappelé que`: the sentence's subject recalls)."""


_CLITIC_RE = re.compile(r"-t?-?(il|elle|ils|elles)(?![\w’'-])", re.IGNORECASE)
"""The subject clitic of an inverted cue (`a-t-il déclaré`, `ont-elles ajouté`)."""
_CLITIC_LEAD_RE = re.compile(r"\s*,?\s*(?:(?:tout\s+)?en\s+)?", re.IGNORECASE)
"""What stands between an inverted cue with its clitic and a participle (`a-t-il déclaré en faisant`)."""


def _after_inverted_cue(
    text: str, resolver: SpeakerResolver, sentence_start: int, position: int
) -> Range | None:
    """The speaker phrase after a quotation's inverted cue that a comma closes right before `position`
    (`« … », a déclaré le secrétaire général, ` and `…, le secrétaire général, Jan Visser, `), or the cue's
    own clitic (`« … », a-t-il déclaré en `), or None."""
    attribution = _ATTRIBUTION_COMMA_RE.search(text, sentence_start, position)
    if attribution is not None:  # `“…,” the Secretary General said, describing the OSCE as a “…”`
        return resolver.phrase_before(text, attribution.start("phrase"), attribution.start("cue"))
    inverted = list(_INVERTED_CUE_RE.finditer(text, sentence_start, position))
    clitic = _CLITIC_RE.search(text, inverted[-1].start(), inverted[-1].end()) if inverted else None
    if clitic is not None and _CLITIC_LEAD_RE.fullmatch(text, inverted[-1].end(), position):
        return clitic.span(1)  # `« … », a-t-il déclaré en faisant observer que`: the clitic's person
    phrase = resolver.phrase_after_cue(text, inverted[-1].end(), position) if inverted else None
    if phrase is None:
        return None
    named = resolver.persons_within(phrase[1], position)
    if len(named) == 1 and re.fullmatch(r"\s*,\s*", text[phrase[1] : named[0].start]):
        phrase = phrase[0], named[0].end  # the title and its name in apposition
    return phrase if re.fullmatch(r"\s*,\s*", text[phrase[1] : position]) else None


def participle_subject(text: str, resolver: SpeakerResolver, sentence_start: int, cue: Range) -> Range | None:
    """The speaker mention of a participle cue of the main clause (`M. X a remercié …, ajoutant que`,
    `…, tout en soulignant qu’`, `…, adding that`): the sentence's subject, whatever the object (a
    person named there does not speak: `He welcomed General Y, noting that`), or None when a relative
    clause, a quotation or a verb of saying stands between (`subject_clear` with `objects`). An English
    participle without its comma (`X addressed the guests saying that`), and `pour` or `avant de` with an
    infinitive (`a saisi cette occasion pour rappeler que`), take the subject only when no other person,
    title or honorific stands between. After a quotation and its inverted cue, the participle is the
    speaker phrase's (`« … », a déclaré X, soulignant « … »`); after `with` + a speaker phrase, that
    phrase's (`…, with Lord X saying that`)."""
    absolute = absolute_subject(text, resolver, sentence_start, cue)
    if absolute is not None:
        return absolute
    # `introduced Ambassador Y who began her speech by recognizing that`: Y's
    relative = _WHO_BY_RE.search(text, sentence_start, cue[0])
    named = resolver.persons_within(sentence_start, relative.start()) if relative is not None else []
    if relative is not None and named and named[-1].end == relative.start():
        return named[-1].start, named[-1].end
    comma = _PARTICIPLE_LEAD_RE.search(text, sentence_start, cue[0]) is not None
    if not comma and not (
        _BARE_PARTICIPLE_RE.fullmatch(text, *cue) or BEFORE_INFINITIVE_RE.fullmatch(text, *cue)
    ):
        return None  # `a saisi cette occasion pour rappeler que`: like a bare participle
    inverted = _after_inverted_cue(text, resolver, sentence_start, cue[0])
    if inverted is not None:
        return inverted
    subject = person_subject(text, resolver, sentence_start, cue[0])
    # `X sent a strong message of support, adding that …`: X whatever the object, and the subject's own
    # verb may be one of saying; a noun of speech only matters where the quotation could be the object's.
    if subject is None:
        return None
    when = _WHEN_RE.match(text, subject[1], cue[0])  # `X today (Friday 27 April) concluded …, noting that`
    after = when.end() if when is not None else subject[1]
    title = _APPOSED_NAMELESS_RE.match(text, after, cue[0])  # `General X, Supreme Allied Commander
    if title is not None and not resolver.persons_within(
        *title.span()
    ):  # Transformation, began by stressing`
        after = title.end()
    own_verb = _APPOSED_CLAUSE_RE.match(text, after, cue[0]) or _OWN_VERB_LEAD_RE.match(text, after)
    # `X emphasised the efforts, adding that`, `le secrétaire général, X, a encouragé …, soulignant que`,
    # `He also highlighted …, stressing that`, `M. X, qui préside …, a insisté sur …, estimant que`
    verb = CUE_RE.match(text, own_verb.end() if own_verb else after, cue[0])
    start = verb.end() if verb else after
    for joined in CUE_RE.finditer(text, start, cue[0]):  # `X welcomed … and called for …, further saying`:
        if _AND_BEFORE_CUE_RE.search(text, start, joined.start()):
            start = joined.end()  # a verb of saying coordinated with the subject's own is the subject's too
    marks = bool(re.search(r"[«»“”\"]", QUOTED_TERM_RE.sub("", text[start : cue[0]])))  # `le plan « X », en`
    if subject_clear(text, resolver, start, cue[0], objects=comma, speech_nouns=False, marks=marks):
        return subject  # `M. X a reçu la ministre, Mme Y, ajoutant que`: X adds, whoever the object
    # A relative clause of things (`pour la façon dont il a défendu …, ajoutant que`, `the reforms which
    # …, adding that`) leaves the participle to the subject; one that may have a person as its subject
    # (`le ministre, M. Y, qui dirige …, ajoutant que`) leaves it in doubt.
    clear = subject_clear(text, resolver, start, cue[0], speech_nouns=False, relatives=False, marks=marks)
    return subject if clear else None


_WHO_BY_RE = re.compile(r"[^\S\n]+(?:who|qui)[^\S\n]+(?:[^\s,;:.«»“”\"]+[^\S\n]+){1,6}(?:by|en)[^\S\n]+\Z")
"""A relative clause on a person right before a participle after `by`/`en` (`introduced Ambassador Y who began
her speech by recognizing that`): the participle is that person's."""
_WHEN_RE = re.compile(WHEN_SAID)
"""When, between a subject and its own verb (`today`, `on Thursday (22 April 2021)`, commas.WHEN_SAID)."""
_BARE_PARTICIPLE_RE = re.compile(
    r"saying|stating|noting|adding|stressing|underlining|emphasi[sz]ing|highlighting|underscoring|reiterating"
)
"""English participles of saying that may follow the main clause without a comma."""
_APPOSED_CLAUSE_RE = re.compile(rf"{APPOSED_RELATIVE},\s*")
"""A relative clause set between commas after the subject, before its verb (`M. X, qui préside …, a`)."""
_APPOSED_NAMELESS_RE = re.compile(
    r",[^\S\n]*(?:the[^\S\n]+)?[A-ZÀ-Ý][^,;:.!?«»“”\"\n]{1,100}?(?:,[^\S\n]*|[^\S\n]+(?=[a-z]{3,}ed[^\S\n]))"
)
"""A capitalised title set between commas after the subject (`, Supreme Allied Commander Transformation, `),
or with no comma closing it before the subject's verb in the past (`X, Chairman of the Special Group (GSM)
concluded the seminar by noting that`)."""
_OWN_VERB_LEAD_RE = re.compile(
    r"\s*,?\s*(?:(?:has|have|had)\s+)?(?:(?:also|further|then|later|again|first)\s+)?", re.IGNORECASE
)
"""What stands between a subject and its own verb: a comma closing an apposition, an adverb."""
_COORDINATED_RE = re.compile(r"[\s”»\"]*,?\s*(?:et|and|but|mais)\s+(?:also\s+)?", re.IGNORECASE)
"""What stands between a reported clause and a second verb of saying of the same subject (`a souligné que
P et a réaffirmé que Q`, `said that P” and added that Q`, `acknowledged that P, but stressed that Q`)."""


def coordinated(text: str, resolver: SpeakerResolver, clause: Range, cue: Range) -> bool:
    """True when the verb of saying at `cue` is coordinated with the one that reported `clause` (P in `M. X
    a souligné que P et a réaffirmé que Q`), so it shares that verb's subject: only `et`/`and` stands
    between P and the cue, and P names no person, title or honorific and holds no relative clause that
    could be the second verb's subject."""
    return _COORDINATED_RE.fullmatch(text, clause[1], cue[0]) is not None and subject_clear(
        text, resolver, *clause, speech_nouns=False, marks=False
    )
