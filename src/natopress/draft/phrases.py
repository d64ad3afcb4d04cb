"""The patterns of a speaker phrase in its sentence: the lead before a subject, the verb after it, a name's
apposition, a gendered honorific, a nominal speaker or bare title before a cue (natopress.draft.entities
reads them)."""

from __future__ import annotations

import re

from natopress.draft.commandchange import TENURE_PHRASE_RE
from natopress.draft.namewords import NICKNAME, PARTICLE, POST_NOMINALS
from natopress.draft.speech import (
    BARE_RANK_RE,
    CUE_RE,
    DEMONSTRATIVE_RE,
    HONORIFICS,
    NOMINAL_SPEAKER_RE,
    PERSON_NOUNS,
    POST_PHRASE_RE,
    PRONOUN_RE,
    RANK_COMPLEMENT,
    RETIRED,
    TITLE_PHRASE_RE,
    pronoun_feminine,
)
from natopress.draft.titles import title_fills
from natopress.text.marks import STRAIGHT, straight_opens
from natopress.text.sentences import TITLES, abbreviation_point

_QUOTATION_MARK_RE = re.compile(r'[«»“”"]')

GENDERED_RE = re.compile(
    r"(?:(?P<f>Mme|Mlle|Mrs\.?|Ms\.?|Miss|(?i:la|une|cette)\s+(?i:présidente|ministre|directrice|ambassadrice|commandante"
    r"|reine|chancelière)|(?i:la)\s+(?i:secrétaire\s+générale|première\s+ministre)|Queen|Lady|Baroness|Dame)"
    r"|(?P<m>M\.|MM\.|Mr\.?|(?i:le|du|au)\s+(?i:président|ministre|directeur|ambassadeur|commandant|roi|chancelier"
    r"|secrétaire\s+général|premier\s+ministre)|King|Lord|Sir))\s+$"
)
"""An honorific, or a French title with its article, giving the gender of the name after it (`Mme`, `Mr`,
`la ministre`, `le président`)."""
_GENDER_REACH = 30
"""How far before a name its gendered honorific or title may start (code points)."""


def is_feminine(text: str, start: int) -> bool | None:
    """True, False or None (unknown): the gender the honorific, or the French title with its article
    (`la ministre X`, `le président X`), before a name at `start` gives it."""
    honorific = GENDERED_RE.search(text, max(0, start - _GENDER_REACH), start)
    if honorific is None:
        return None
    return honorific["f"] is not None


CHAIN_SENTENCES = 8
"""How many sentences back a pronoun may find its antecedent when no quote has a speaker yet."""
ABBREVIATION_POINT = rf"(?<![\w’'-])(?:{'|'.join(sorted(TITLES, key=len, reverse=True))}|[A-Z](?:\.[A-Z])*)\."
"""The full stop of a title, rank or honorific (`text.sentences.TITLES`: `Capt.`, `M.`) or of initials
(`U.S.`), as a pattern to embed: no sentence's end."""
SHORT_LEAD_RE = re.compile(r"[^,.;:«»“”\"]{1,80},\s*")
"""A short lead set off by a comma before a sentence's subject (`On Monday, `, `S’exprimant à cette occasion, `)."""
LEAD_RE = re.compile(
    r"(?:[A-ZÀ-Ý](?:[’'])?[a-zà-ÿ]+(?:ant|ing)\s(?:[^.;:!?\n]|_ABBREVIATION){1,200}?,[”»\"]?"
    r"|(?:\([^()\n]{1,120}\)|[^.;:!?«»“”\"]|_ABBREVIATION){1,200}?,)\s*".replace(
        "_ABBREVIATION", ABBREVIATION_POINT
    )
)
"""A sentence's lead before its subject: `Lors d’une cérémonie …, `, `On Monday, `, or a participle's clause,
quoted words included (`Qualifiant la Croatie d’« Allié fidèle », `); neither an honorific's or rank's point
(`S’exprimant aux côtés de M. X à bord …, `) nor a comma in brackets (`… journaux (A, B et C), `) ends it."""
PARTICIPLE_LEAD_RE = re.compile(r"[A-ZÀ-Ý](?:[’'])?[a-zà-ÿ]+(?:ant|ing)\s[^.;:!?«»“”\"\n]{1,200},\s*")
"""A participle's clause opening a sentence, up to its subject (`Prenant la parole au côté de …, X, `,
`Welcoming General X, `): a person it names is the participle's object, not the subject's referent."""
VERB_AFTER_RE = re.compile(
    r"\s+(?!(?:of|de|du|des|d['’]|at|in|on|for|from|with|to|à|au|aux|en|pour|sur|avec|dans|chez|and|et|or|ou)(?![\w’'-]))[a-zà-ÿ]"
)
"""A lower-case word that is no preposition or conjunction after a subject phrase: its verb (`le
secrétaire général a`; not `at the Ministry`, `and Security`)."""
ITINERARY_AFTER_RE = re.compile(
    r"['’]s\s+(?:itinerary|visit|trip|tour|programme|program|schedule|agenda)\s+(?:also\s+)?"
    r"(?:saw|took|brought|led|included|began|started|continued)(?![\w’'-])"
)
"""A person's itinerary as a sentence's subject (`General X's itinerary saw him visit …`): the person is
its topic, whom a pronoun in the next sentence names (`Whilst there, he …`)."""
APPOSED_VERB_RE = re.compile(
    r"\s*,\s*(?:(?:M\.|Mme|Mr\.?|Ms\.?)\s+)?[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?\s*,\s+(?!(?:la|le|les|the|un|une|des|du|de|et|and|qui|who|which)(?![\w’'-])|l['’])[a-zà-ÿ]"
)
"""A name in apposition, then the verb (`le secrétaire général de l’OTAN, Jens Stoltenberg, a ouvert`)."""
APPOSITION_THEN_VERB_RE = re.compile(
    r"\s*,\s*(?:(?!\s(?:a|ont|est|sont|has|have|is|was|were|had)\s)[^,;:«»“”\"\n]){1,120}?"
    r"(?:,\s*(?!(?:et|and)\s)(?=[a-zà-ÿ])(?:(?!\s(?:a|ont|est|sont|has|have|is|was|were|had)\s)[^,;:«»“”\"\n]){1,60}?){0,2}"
    r",\s+(?!(?:et|and|qui|who|la|le|les|the|un|une|des|du|de|il|elle|ils|elles|he|she|"
    r"they|we|nous|on)(?![\w’'-])|l['’])[a-zà-ÿ]"
)
"""An apposition set off by commas after a name, maybe holding up to two commas of its own before
lower-case words (`Mme X, représentante spéciale pour les femmes, la paix et la sécurité, a souligné`;
not a name: `…, la secrétaire générale, Ilse Varga, a remercié`), then the name's verb
(`l’amiral X, président du Comité militaire, a pris la parole`); not a pronoun, which is a subject of
its own (`Après avoir reçu X, …, il a`)."""
APPOSED_TITLE_RE = re.compile(
    r",[^\S\n]*(?P<article>(?:the|le|la)[^\S\n]+|l['’])?(?P<title>(?:[^,;:.!?«»“”\"\n]|\n(?![^\S\n]*\n)|(?<=\b[A-Z])\."
    r"|,(?=[^\S\n]*[A-Z][\w’'-]*(?:,[^\S\n]*[A-Z][\w’'-]*)*[^\S\n]+and[^\S\n]+[A-Z])"
    r"|,(?=[^\S\n]*(?:la|le|les|l['’])[^\S\n]*[\w’'-]+[^\S\n]+et[^\S\n]+(?:la|le|les|l['’])[^\S\n]*[\w’'-]+)){1,120}?)"
    r"[^\S\n]*(?P<close>,)?[^\S\n]*"
)
"""A title in apposition after a name, up to its verb: `, Chair of the Military Committee `, `,
secrétaire général de l’OTAN,`, also over a wrapped line's end; after an article only when a comma closes it (`, le secrétaire général
de l’OTAN,`), else the title is the subject of its own (`… Minister Y, the Secretary General said`); a
list of single capitalised words inside it keeps its commas (`Special Representative for Women, Peace and
Security`), as does a French list of two nouns with their articles (`pour les femmes, la paix et la
sécurité`), and so does an abbreviation's full stop after a capital (`Advisor to the U.S European Command`)."""
AND_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:et|and|puis|then|mais|but)\s+\Z", re.IGNORECASE)
"""`et` / `and` / `puis` / `but` right before a subject pronoun: a clause coordinated with its sentence's
first one."""
SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])(?:\s*[\"”»])?\s+(?=(?:[\"“«]\s*)?[A-ZÀ-Ý])")


def nominal_before(text: str, lower: int, position: int) -> tuple[int, int] | None:
    """A nominal speaker (`le secrétaire général`, `NATO’s Deputy Secretary General`), a pronoun, a
    demonstrative (`Celle-ci`), a post's acronym (`le SACEUR`), a bare title opening its sentence
    (`Deputy Secretary General noted`) or a rank with its article after a lead (`In Kabul, the general
    said`), a post named by its tenure (`the new commander`) ending at `position`, from `lower` (the
    sentence's start) on; a French title maybe with a nationality (`Le ministre ukrainien des Affaires
    étrangères a souligné`)."""
    for pattern in (NOMINAL_SPEAKER_RE, PRONOUN_RE, DEMONSTRATIVE_RE, POST_PHRASE_RE, TENURE_PHRASE_RE):
        for match in pattern.finditer(text, lower, position):
            nominal = pattern is NOMINAL_SPEAKER_RE
            if title_fills(text, match.end(), position) if nominal else match.end() == position:
                post = pattern is POST_PHRASE_RE  # `the SG of NATO said`: the post speaks, not NATO
                return match.start(), match.end("post") if post else position  # `Le président du Comité …`
    for match in TITLE_PHRASE_RE.finditer(text, lower, position):  # `Commander JFC Brunssum said`
        if title_fills(text, match.end(), position) and not text[lower : match.start()].strip():
            return match.start(), position
    rank = _ARTICLE_RANK_RE.search(text, lower, position) or _BARE_LEAD_RANK_RE.match(text, lower, position)
    return rank.span("rank") if rank is not None else None  # `In Kabul, the general said`


TERM_RE = re.compile(r"\s*[\w’'-]+(?:\s+[\w’'-]+){0,3},?\s*")
"""Up to four words without punctuation (`État de droit`, `smart defence`; a comma set inside the closing
mark, `NATO's "eye in the sky," we collect`): between quotation marks, a term, not reported speech (with
neither cue nor speaker in its sentence, natopress.draft.nonspeech; inside a verb's object,
natopress.draft.subjects)."""
_ARTICLE_RANK_RE = re.compile(rf",\s+(?P<rank>(?=(?i:the|le|la|l['’]))(?:{BARE_RANK_RE.pattern}))\s*\Z")
"""A rank with its article right after a lead's comma, before the verb (`In Kabul, the general said`)."""
_BARE_LEAD_RANK_RE = re.compile(
    r"(?:In|At|During|After|Dans|Lors|Pendant)\s+(?:[\w’'-]+\s+){1,4}?"
    rf"(?P<rank>(?=(?i:the|le|la|l['’]))(?:{BARE_RANK_RE.pattern}))\s*\Z"
)
"""The same after a short lead without its comma (`In a mission the General said`)."""


def title_reach(text: str, position: int, limit: int) -> int:
    """The last position a person mention may start at to follow a title starting at `position` (only
    white space, or a rank's complement, between): `position` when no title starts there. A title matched with an earlier end bound
    is never longer than the unbounded one, so mentions past this reach never follow a title."""
    title = TITLE_PHRASE_RE.match(text, position, limit)
    if title is None:
        return position
    complement = RANK_COMPLEMENT_RE.match(text, title.end(), limit)  # `général de corps d’armée`
    return complement.end() if complement is not None else title.end()


RANK_COMPLEMENT_RE = re.compile(rf"(?:{RANK_COMPLEMENT})?\s*(?:(?:Sir|Dame)\s+)?")
"""What may stand between a rank and its holder's name: white space, after the rank's complement
(`speech.RANK_COMPLEMENT`: `général de corps d’armée`, `général de brigade`)."""


ASIDE_RE = re.compile(r"\s*\([^()\n]{1,40}\)")
"""A short aside in brackets right after a name (`Rear Admiral X (US Navy), Commander of SNMG2 said`)."""
RANK_WORDS_RE = re.compile(
    rf"\s*(?:(?:[A-ZÀ-Ý][\w’'.-]*|\([A-Z]{{1,3}}\)|of|for|and|the|de|du|des)\s+)*|\s*{BARE_RANK_RE.pattern}(?:\s+[a-zà-ÿ’'-]+){{0,4}}\s+"
)
"""Capitalised words only (a rank, an honorific, a post: `Allied Air Command Deputy Chief of Staff Support
Air Commodore`, with its `of`, `for`, `and`, and a navy's mark after a rank: `Captain (N)`), or a French rank and the lower-case words after it (`le
général de brigade britannique `), between an apposition's comma and the name."""
ENGLISH_PAST = r"(?:met|told|said|spoke|gave|took|made|held|paid|saw|went|[a-z]+ed)"
"""English verbs in the past tense, as a regex alternation: a clause's verb after its subject."""
VERB_IN_PHRASE_RE = re.compile(
    rf"(?<![\w’'-])(?:a|ont|est|s[’']est|has|have|had|is|was|were|will|{ENGLISH_PAST})(?![\w’'-])"
)
"""A verb after the title heading a phrase (`The Secretary General met the Minister, X`): the phrase is a
clause, whose subject is the title alone."""
POST_NOMINALS_RE = re.compile(POST_NOMINALS)
"""Honours between a name and its apposed title (`Vice Admiral Peter Hudson CB CBE, Commander MARCOM`)."""
PARTICLE_GAP_RE = re.compile(rf"\s*(?:{RETIRED}\s*)?(?:(?i:{PARTICLE})\s+)*")
"""White space, a retired officer's mark and a name's particles between a rank and the surname it heads
(`Lt.Gen. di Marco`, `Major General FARINA`, `MGEN (ret.) Koen Gijsbers`)."""
DESCRIPTION_RE = re.compile(
    rf"(?:{ABBREVIATION_POINT}|[^,;:.!?«»“”\"\n]){{1,100}}(?:,(?:{ABBREVIATION_POINT}|[^,;:.!?«»“”\"\n]){{1,100}}){{0,2}}"
)
"""Words after a cue up to the end of the clause, two commas allowed, each stretch at most 100 code points
(`Spanish Detachment Commander, Lt Col X`, `exercise director, Lithuanian Air Force Lieutenant Colonel X`,
`Deputy Commander of the Centre at Torrejon, Spain, Brigadier General X`), and the full stop of a
rank, an honorific or initials (`said PRT medical officer Capt. X`, `said U.S. Navy Lt. X`)."""
RELATIVE_PRONOUN_RE = re.compile(
    r"(?<![\w’'-])(?:qui|who|whom|which|dont|lesquels|lesquelles)(?![\w’'-])", re.IGNORECASE
)
"""A relative pronoun: a clause with a subject of its own (before a colon, in a description after a cue:
`said the Minister, who met General X`)."""
APPOSED_RELATIVE = r"\s*,\s*(?:qui|who|dont|whose)\s[^,;:«»“”\"\n]{1,120}"
"""A relative clause opened by a comma after a name (`M. X, qui préside …`, `M. X, dont le mandat arrive à
son terme`), up to its closing comma."""
COMMA_RE = re.compile(r"\s*,\s*")
"""A comma and the white space around it."""
WHERE_OR_WHEN = (
    r"(?:à\s+l['’]issue|lors|en|au\s+cours|pendant|dans|au|aux|à|ce|cette|aujourd['’]hui|hier|today|yesterday"
    r"|at|during|after|while|on|in|après|avant|before)"
)
"""The first word of where or when something was said (`à l'issue de la réunion`, `en visite à`, `in her keynote
speech`, `ce mardi`)."""
EXCELLENCY = r"(?-i:H\.\s?E\.|S\.\s?E\.)"
"""`H.E.` (His or Her Excellency) or `S.E.` (Son Excellence) before a name or its honorific."""
TENURE_RE = re.compile(
    rf"(?:[Nn]ewly\s+(?:appointed|elected)|[Oo]utgoing|[Ii]ncoming|[Aa]cting|[Ii]nterim|{EXCELLENCY}|\d{{1,3}}-year-old)\s+(?=[A-Z])"
)
"""A word of tenure, an excellency or an age before a title and name (`Newly appointed Commander X`, `outgoing
Director X`, `H.E. Mrs. X`, `said 11-year-old X`)."""
APPOSITION_CLOSED_RE = re.compile(r",\s+(?!(?:et|and|qui|who|which|dont|où|while|tandis)\b)[a-zà-ÿ]")
"""A comma closing a name in apposition, then a lower-case word: the name's verb."""
ORIGIN_THEN_VERB_RE = re.compile(
    r"\s+(?:from|of|de|du|d['’])\s+(?:(?:the|la|le)\s+|l['’])?[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:[A-ZÀ-Ý][\w’'.-]*|of|and|de|et))*?"
    rf"(?={VERB_AFTER_RE.pattern})"
)
"""Where a person comes from after their name, then the name's verb (`Minister X from Kazakhstan said`,
`General X of the Polish Army stressed`)."""
RELATIVE_THEN_VERB_RE = re.compile(
    r"\s*,\s+(?:qui|who|dont|whose)\s[^,;:«»“”\"\n]{0,120}?,\s+(?!(?:et|and|qui|who)(?![\w’'-]))[a-zà-ÿ]"
)
"""A relative clause set off by commas after a name, then the name's verb (`X, qui occupait ces fonctions, a`)."""
INVERTED_CUE = rf"(?:,[”»\"]?|[”»\"],?)\s+(?:{CUE_RE.pattern})\s+"
"""A verb of saying after a comma or a quotation's closing mark, before its subject (`…, explique` Mme X,
`« … », a indiqué` le secrétaire général), as a pattern to embed."""
CUE_BEFORE_NAME_RE = re.compile(
    rf"{INVERTED_CUE}(?:(?:le|la|l['’])\s*)?(?:{HONORIFICS}\s+)?(?:[a-zà-ÿ’'-]+\s+)?\Z", re.IGNORECASE
)
"""A verb of saying after a comma or a quotation's closing mark, right before a name (`…, explique Mme X`,
`…, said General X`, `“…,” says Robin Baker`)."""
INVERTED_BE_RE = re.compile(
    r"(?:\A|[.!?]\s+)(?:Also\s+[a-z]+ing|[A-Z][a-z]+ing)\s[^.!?;:«»“”\"\n]{0,80}?\s(?:was|were)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
    r"|\s(?:was|were)\s+(?:delivered|given|made|opened|chaired|presented|led|hosted|represented)\s+by\s+"
    r"(?:[^.!?;:«»“”\"\n]{0,100}?,\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
    r"|\s(?:began|opened|started|closed|ended)\s+with\s+(?:an?|the)\s+(?:[\w’'-]+\s+)?(?:address|speech|remarks)\s+by\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
)
"""A sentence opening with a participle and putting its subject after `was` (`Also attending the visit was
Admiral Sir X`), or naming who acted after a passive's `by` (`the guest speech was delivered by Commander
of Y, Admiral X`, `The Ministry was represented by the Undersecretary, Mr. X`) or after a speech's noun (`The conference began with an address by Major X`): the name is
the sentence's subject."""
INDEFINITE_RE = re.compile(
    r"(?:a|an|un|une|one[^\S\n]+of[^\S\n]+the|l['’]un[^\S\n]+des|l['’]une[^\S\n]+des)[^\S\n]+[\w’'-]",
    re.IGNORECASE,
)
"""An indefinite article opening an apposition (`X, a Danish pilot, said`, `X, one of the graduates, told`,
`X, l’un des stagiaires, a déclaré`)."""
POSSESSOR_RE = re.compile(r"[A-Z][\w-]*['’]s[^\S\n]+\w")
"""A body's possessive opening an apposition (`X, NATO's top operational commander, said`)."""
DESCRIPTION_OPENING_RE = re.compile(r"\s*(?:The|Le|La|L['’])\s*[a-zà-ÿ]")
"""An article and a lower-case noun opening a sentence: a description of the person named after it."""
UNNAMED_PERSON_SUBJECT_RE = re.compile(
    r"(?:(?:The|A|An|One|Another|Le|La|Un|Une)\s+(?:[\w’'-]+\s+){0,4}?|(?=[A-Z]))"
    rf"(?i:{PERSON_NOUNS}|student|nurse|mother|father|soldier|officer|member|participant|interpreter|habitant"
    r"|villageois|soldat|officier|délégation|delegation|équipe|team)(?:\s+(?:of|de|du|des)\s+[^,.;:!?\n]{1,100}?)?\s+(?:was|were|is|said|told"
    rf"|thanked|expressed|added|a|est|s['’]est|{ENGLISH_PAST})(?![\w’'-])"
)
"""A sentence whose subject is a person the text describes and does not name (`The leader of the anonymous
Afghan aid association was grateful`, `Representative of European Union (EU) Military Staff … presented
…`, with any verb in the past), or a group of people (`La délégation de l’ONU a présenté …`, `The team
visited …`): a pronoun after it may be that person's or the group's, not the quote before's."""

PLURAL_PERSONS_OPENING_RE = re.compile(
    r"(?:\A|(?<=[.!?»”\"]\s))\s*(?:Les|The|All\s+the|Tous\s+les)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:représentant(?:e)?s|participant(?:e)?s|membres|délégués|dirigeants|officiers|soldats|élèves|stagiaires"
    r"|representatives|participants|members|delegates|leaders|officers|soldiers|students|graduates)"
    r"(?:\s+(?:of|de|du|des)\s+[^,.;:!?«»“”\"\n]{1,60}?)?\s+(?:ont|sont|se\s+sont|have|had|were|[a-z]+ed)(?![\w’'-])"
)
"""A sentence whose subject is persons the text describes without naming, in the plural (`Les représentants
du Comité militaire ont rendu hommage …`, `The participants expressed …`): a quotation with no cue after it
may be theirs, not the last speaker's."""
CAPITALISED_RUN_RE = re.compile(
    rf"[A-ZÀ-Ý][\w’'.-]*(?:[^\S\n]+(?:[A-ZÀ-Ý][\w’'.-]*|\d(?:st|nd|rd|th)|\([A-Z][A-Z\d&./-]{{1,11}}\)|{NICKNAME}))"
    r"{1,9}"
)
"""A run of capitalised words (a title's and a name's: `United States Air Force General Jeffrey Harrigian`,
`U.S. Army Sergeant 1st Class X`), an acronym or a rank code in brackets among them (`Commander, Allied
Maritime Command (MARCOM) Vice Admiral X`, `German Brigadier General (OF-6) X`), and a nickname in
quotation marks (`Royal Ostravian Navy Rear Admiral Tomas "Tom" Rieger`)."""
LOWER_TITLE_RUN_RE = re.compile(
    r"(?:[A-ZÀ-Ý][\w’'.-]*[^\S\n]+){1,3}(?:[a-zà-ÿ][\w-]*[^\S\n]+)?(?P<noun>[a-zà-ÿ][\w-]*)[^\S\n]+"
)
"""Capitalised words, then a title's noun in lower case, then (a name): `Hospital director X`, `Deputy
mayor X` (the noun is checked against `namewords.TITLE_NOUNS`)."""
ONE_S_PART = r"pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+(?:lui|elle)|à\s+son\s+tour|for\s+(?:his|her)\s+part|in\s+turn"
"""`for one's part` and its French forms, as a pattern to embed (`PART_RE`, `commas.phrase_end`)."""
PART_RE = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{ONE_S_PART})[^\S\n]*,?", re.IGNORECASE)
"""`for one's part` between a verb of saying and its speaker (`a souligné pour sa part la ministre X`,
`said, for his part, General X`): no part of the speaker phrase."""
CLAUSE_END_RE = re.compile(r"\s*(?:[.;:!?]|$)")
"""The end of the attribution's clause right after a speaker phrase."""
TITLE_POSSESSOR_RE = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+")
"""A capitalised possessor before an apposed title (`NATO Secretary General’s ` Special Representative)."""
ATTRIBUTION_TAIL_RE = re.compile(
    rf"(?:\s*,\s*(?!{WHERE_OR_WHEN}\s|(?:who|which|whose|qui|dont|où)\s)[^\W\d_][^,.!?«»“”\"\n]{{0,80}}(?=[,.]|\s*\Z))?"
    rf"[\s,]*(?:(?:{WHERE_OR_WHEN}|to)\s(?:(?:[A-Z]\.){{2,}}|[^.!?«»“”\"\n]){{0,80}})?[\s.,…!?»”\"]*"
)
"""What may close a paragraph after a quote's attribution for the next paragraph's quotation to go on
with its speaker: punctuation, maybe after the speaker's title and where or when it was said, or to whom
(`said Dr X in her keynote speech.`, `he said to a small room of U.S. service members.`, `said General X,
Commander of the Division, at the ceremony.`, `concluded Captain X, public affairs officer in charge of the
course.`, also with no full stop closing the paragraph: `said General X, ISAF Spokesperson`), naming
nobody, no relative clause."""


def breaks_outside_marks(text: str, line_start: int, position: int) -> list[int]:
    """The sentence starts (`. Il`) in `[line_start, position]` that are not inside a quotation (`« … pour
    nous. Nous avons … », a-t-il déclaré` is one sentence; straight marks count as they stand, opening or
    closing: `"Last week we met X. We planned the works," he added`), in one pass over the paragraph."""
    breaks, depth, last = [], 0, line_start
    for m in SENTENCE_BREAK_RE.finditer(text, line_start, min(len(text), position + 1)):
        for mark in _QUOTATION_MARK_RE.finditer(text, last, m.end()):
            index = mark.start()
            if text[index] in "«“" or (text[index] == STRAIGHT and straight_opens(text, index)):
                depth += 1
            else:
                depth = max(0, depth - 1)  # `"…”` and `“…"` close as well
        last = m.end()
        if depth == 0 and not (
            text[m.start() - 1] == "." and abbreviation_point(text, m.start() - 1, line_start)
        ):
            breaks.append(m.end())
    return breaks


def sentence_before(text: str, position: int) -> tuple[int, int] | None:
    """The sentence before the one holding `position`, in its paragraph (`breaks_outside_marks`: a
    quotation's full stops end no sentence), as (start, end) code points; None when that sentence opens
    the paragraph."""
    line_start = text.rfind("\n", 0, position) + 1
    breaks = breaks_outside_marks(text, line_start, position)
    if not breaks:
        return None
    return (breaks[-2] if len(breaks) > 1 else line_start), breaks[-1]


def sentence_or_paragraph_before(text: str, position: int) -> tuple[int, int] | None:
    """`sentence_before`, or, when the sentence holding `position` opens its paragraph, the last sentence
    of the paragraph before it (blank lines between); None at the text's first paragraph."""
    sentence = sentence_before(text, position)
    if sentence is not None:
        return sentence
    line_start = text.rfind("\n", 0, position) + 1
    end = len(text[:line_start].rstrip())
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    breaks = breaks_outside_marks(text, start, end)
    return (breaks[-1] if breaks and breaks[-1] < end else start), end


SETTING_AFTER_RE = re.compile(rf"\s*,\s*{WHERE_OR_WHEN}\s")
"""Where or when after a speaker's name, after a comma (`said the Deputy Supreme Allied Commander Europe
(DSACEUR) British Army General X, in his opening remarks`): the description before it ends with the name."""
_BODY_WORD_RE = re.compile(r"[A-ZÀ-Ý][\w’'-]*[^\S\n]+")
_BODY_WORDS = 4
"""At most this many capitalised words of a body's or place's name before a title set after a name (`X,
Turkish Task Force Commander in Afghanistan`)."""


def body_word_ends(title: str) -> list[int]:
    """Where each of the first `_BODY_WORDS` capitalised words opening `title` ends (code points)."""
    ends: list[int] = []
    while len(ends) < _BODY_WORDS and (word := _BODY_WORD_RE.match(title, ends[-1] if ends else 0)):
        ends.append(word.end())
    return ends


def titled_start(text: str, lower: int, start: int, joint: str) -> int:
    """The start of the title before a name starting at `start` and joined to it by `joint` (`NATO
    Secretary General Jens Stoltenberg`, `The Minister of Defence of Ostravia, Tomas Reyel`), or `start`."""
    for title in TITLE_PHRASE_RE.finditer(text, lower, start):
        if re.fullmatch(joint, text[title.end() : start]):
            return title.start()
    return start


CITING_RE = re.compile(r"(?:Citant|Quoting|Citing)\s", re.IGNORECASE)
"""A participle of quoting opening a quotation's sentence (`Citant M. X : « … », Lord Y a ajouté que`): the
quotation is the cited person's words, not the sentence subject's; no speaker sure (guidelines 2.4)."""


PRONOUN_OPENING_RE = re.compile(
    r"(?:(?:[^,.;:«»“”\"\n]{1,80},\s*){1,3}|[A-Z][\w’'-]*\s+(?:[\w’'-]+\s+){0,3}?)?"
    r"(?P<pronoun>(?i:he|she|il|elle))\s+(?:also\s+|then\s+|later\s+)?[a-zà-ÿ]"
)
"""A sentence opening with a subject pronoun, maybe after a lead with or without its comma."""


def pronoun_opening_before(text: str, start: int) -> int | None:
    """Where the subject pronoun opening the sentence before the one holding the pronoun at `start`, in its
    paragraph, stands, maybe after a lead (`In Skopje he held talks`, `During his meetings with X, Y and Z,
    he underlined`), when it has the same gender; else None."""
    sentence = sentence_before(text, start)
    opening = PRONOUN_OPENING_RE.match(text, *sentence) if sentence is not None else None
    if opening is None or pronoun_feminine(text, opening.start("pronoun")) != pronoun_feminine(text, start):
        return None
    return opening.start("pronoun")


CREDIT_BEFORE_RE = re.compile(
    r"\s*(?:(?:story|text|article|photos?)\s+)?(?:by|par)\s[^\n]{0,40}\Z", re.IGNORECASE
)
"""An author's or photographer's credit before a name on its line (`by Maj. X`, `Story by X`): the
writer, never the subject a pronoun refers to."""
