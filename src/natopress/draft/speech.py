"""Verbs of saying (French and English) and the phrases that name a speaker, as regular expressions."""

from __future__ import annotations

import re

from natopress.draft.cuewords import (
    ENGLISH_MULTIWORD,
    ENGLISH_VERBS,
    FRENCH_INFINITIVES,
    FRENCH_PARTICIPLES,
    FRENCH_PRESENT,
    PRESENT_PARTICIPLES,
    WHEN,
    alternation,
)
from natopress.draft.cuewords import LEAD_CUE_RE as LEAD_CUE_RE

_ADVERBS = (
    r"(?:également|aussi|encore|ensuite|alors|enfin|notamment|par ailleurs|en outre|en effet|à nouveau|de nouveau"
    r"|toutefois|cependant|néanmoins|pourtant|d['’]ailleurs|récemment|clairement|pour sa part|quant à lui"
    r"|quant à elle|de son côté|ainsi|tous|toutes|aujourd['’]hui|hier|déjà|tout de même)"
)
_AUX = r"(?:a|ont|avait|avaient|aurait)"
_INVERTED_AUX = r"(?:a|ont|avait)-t?-?(?:il|elle|ils|elles)"


_PARTICIPLE = (
    alternation(FRENCH_PARTICIPLES)
    + r"|exprimé(?!\s+(?:sa|son|ses|leur|leurs)\s+(?:[a-zé]+\s+)?(?:gratitude|reconnaissance|remerciements))"
)
"""The past participles of `FRENCH_PARTICIPLES`, and `exprimé` (`a clairement exprimé qu’aucune décision …`,
`a exprimé son soutien au processus, « … »`) but for thanks (`a exprimé sa gratitude pour …`: a verb of
thanking, `objectquotes.THANKS_RE`)."""
_PRESENT = alternation(FRENCH_PRESENT)
_INFINITIVE = alternation(FRENCH_INFINITIVES)
ENGLISH_CUES = alternation([*ENGLISH_VERBS, *ENGLISH_MULTIWORD])

_COORDINATED_PARTICIPLE = rf"(?<=\set\s)(?:{_PARTICIPLE})"
"""A participle sharing the auxiliary of the verb before it (`a félicité le peuple libyen et déclaré :`)."""
_REFLEXIVE = rf"(?:s['’]est|se\s+sont)\s+(?:{_ADVERBS}\s+){{0,2}}(?:dit|déclaré)e?s?"
"""A reflexive verb of declaring oneself (`il s’est dit « convaincu que … »`, `s’est déclarée « prête à … »`)."""
_INVERTED_PRAISE = rf"(?:(?<=[»”\"]\s)|(?<=[»”\"],\s))(?:s['’]est|se\s+sont)\s+(?:{_ADVERBS}\s+){{0,2}}(?:félicité|réjoui)e?s?"
"""`s’est félicité`, `s’est réjoui` right after a quotation's closing mark (`« … » s’est félicité le secrétaire
général`): an inverted attribution; elsewhere they take `que` or `de` and a noun (`_STANCE`)."""
_AGREED = (
    rf"(?:(?:s['’]est|se\s+sont)\s+(?:{_ADVERBS}\s+){{0,2}}accordée?s?"
    rf"|(?:est|sont)\s+(?:{_ADVERBS}\s+){{0,2}}(?:convenue?s?|arrivée?s?\s+à\s+la\s+conclusion)"
    r"|(?<!\b[Ii]l\s)convient|conviennent)"
)
"""Verbs of agreeing before `que` (`se sont accordés sur le fait que`, `sont convenus que`, `sont arrivés à
la conclusion que`, `le Conseil convient que`; not the impersonal `il convient que`, it is fitting that);
before `de` and an infinitive they report nothing (`sont convenus de continuer`), so they are no cue of a
quotation."""
# `a déclaré`, `a également souligné`, `a-t-il indiqué`, `déclare`, `said`: the cue of a direct quote; a French
# present after English `to` is an English infinitive (`the opportunity to observe the exercise`).
CUE_RE = re.compile(
    rf"(?<![\w’'-])(?:{_INVERTED_AUX}\s+(?:{_ADVERBS}\s+){{0,2}}(?:{_PARTICIPLE})|{_AUX}\s+(?:{_ADVERBS}\s+){{0,2}}(?:{_PARTICIPLE})"
    rf"|{_COORDINATED_PARTICIPLE}|{_REFLEXIVE}|{_INVERTED_PRAISE}|(?<!\bto\s)(?:{_PRESENT})(?:-t-(?:il|elle))?"
    rf"|(?:{ENGLISH_CUES}))(?![\w’'-])(?!(?:(?<=continues|continued)|(?<=added))\s+to\s)",  # `continues to`, `added to`
    re.IGNORECASE,
)
CUE_AFTER_ELISION_RE = re.compile(CUE_RE.pattern.removeprefix("(?<![\\w’'-])"), re.IGNORECASE)
"""`CUE_RE` right after an elided pronoun (`comme l’explique M. X`, `comme l’a souligné`)."""
# `avant d’ajouter :`: an infinitive cue whose speaker is the subject of the sentence.
INFINITIVE_CUE_RE = re.compile(rf"(?<![\w-])(?:{_INFINITIVE})(?![\w’'-])", re.IGNORECASE)
_PAST_INFINITIVE = rf"(?<![\w’'-])avoir\s+(?:{_ADVERBS}\s+){{0,2}}(?:{_PARTICIPLE})(?![\w’'-])"
"""A French past infinitive of saying (`après avoir expliqué que`): the subject's, like a participle."""
PARTICIPLE_CUE_RE = re.compile(
    rf"(?:{LEAD_CUE_RE.pattern}|{_PAST_INFINITIVE})(?:\s+(?:{_ADVERBS}|however|also|further|again))*",
    re.IGNORECASE,
)
"""A cue that is a participle or a past infinitive, maybe with its adverbs (`précisant cependant`, `adding
however`, `avoir expliqué`): to tell such a cue, whole, from a finite verb's."""
_BEFORE_INFINITIVE = rf"(?:avant\s+(?:d['’]|de\s+)|non\s+sans\s+|pour\s+|(?:(?-i:E)|(?<=,\s)(?-i:e))t\s+d['’])(?:{_INFINITIVE})"
BEFORE_INFINITIVE_RE = re.compile(_BEFORE_INFINITIVE, re.IGNORECASE)
"""`(,) avant d’ajouter que`, `non sans ajouter que`, `a saisi cette occasion pour rappeler que`, and the
narrative infinitive opening a sentence or after a comma (`Et d’ajouter que`, `« … », explique X, et
d’ajouter que`): like a participle, a verb of saying of the sentence's subject (of the sentence before's,
for `Et d’ajouter`)."""
# `a rappelé que`, `a noté avec satisfaction que`, `said that`, `adding that`: an indirect quote starts after the `que`.
_STANCE = (
    r"(?:s['’]est|se\s+sont|s['’]était)\s+(?:dit|déclaré|montré)(?:e|s|es)?\s+"
    rf"(?:(?:{_ADVERBS}|[a-zà-ÿ]{{3,}}ment)\s+)?(?:convaincu|confiant|certain|"
    r"persuadé|préoccupé|satisfait|optimiste|heureux|heureuse|inquiet|inquiète|conscient|sûr|fier|ravi)(?:e|s|es)?"
    rf"|(?:s['’]est|se\s+sont|s['’]était)\s+(?:{_ADVERBS}\s+){{0,2}}(?:félicité|réjoui)(?:e|s|es)?"
    r"|(?:made|makes)(?:\s+it)?\s+clear"
    r"|expressed\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:confidence|hope|concern|satisfaction|belief|conviction|regret)"
    r"|(?:reiterated|repeated|renewed|restated)\s+(?:the|his|her|their|its|(?:the\s+)?[A-Z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:warning|call|belief|conviction|message|position)(?=\s+that\s)"
    r"|expressed(?=(?:\s+(?:today|yesterday|also))?\s+(?:how|that)\s)|(?:spoke|speaks|talked|talks)\s+(?:of|about)(?=\s+how\s)|(?<!is\s)(?<!was\s)(?<!be\s)(?:believes|believed|expects|expected|thinks|thought)(?=\s+that\s)"
    r"|(?:shares|shared)\s+(?:the|this|their|his|her)\s+view(?=\s+that\s)"
    r"|(?:stressed|underlined|voiced|expressed)\s+(?:the|his|her|their)\s+expectation(?=\s+that\s)"
    r"|(?:issued|issues|gave|gives)\s+a\s+reminder(?=\s+that\s)"
    r"|(?:gave|gives|offered|offers)\s+(?:(?:his|her|their|the|an?)\s+)?(?:re)?assurances?(?=\s+that\s)"
    r"|(?:(?<=\s)claimed|(?:was|is|were|are)\s+adamant)(?=\s+that\s)"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?:decided|decides)|(?:(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+)?|(?<=\set\s))décidé(?=\s+qu)"
    r"|(?:was|is)\s+(?:confident|convinced|(?:very\s+|particularly\s+)?(?:pleased|encouraged|glad|delighted))"
    r"|(?<![Ii]t\s)(?<![Tt]his\s)(?:was|is)\s+(?:very\s+|quite\s+)?clear(?=\s+that\s)"
    r"|(?<!the\s)(?<!their\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!my\s)(?<!is\s)(?<!was\s)(?:hopes|hoped)"
    r"|(?<!on\s)(?<![’'])(?:espère|escompte)(?:nt)?(?=\s+qu)"
    r"|(?:a|ont|avait|avaient)\s+exprimé\s+(?:l['’]espoir|(?:son|leur)\s+(?:ferme\s+)?espoir"
    r"|(?:sa|leur)\s+(?:ferme\s+|profonde\s+)?(?:conviction|confiance))"
    r"|welcomed|welcomes|(?:est|sont|était|étaient)\s+(?:tous\s+|toutes\s+|unanimement\s+)?d['’]avis"
    r"|(?-i:[Ii])l\s+(?:a\s+(?:également\s+|aussi\s+)?été|sera|est|avait\s+été)\s+(?:également\s+|aussi\s+)?(?:[a-zé]+ment\s+)?"
    r"(?:noté|souligné|rappelé|indiqué|relevé|reconnu|convenu|recommandé|suggéré|proposé|constaté|observé|annoncé"
    r"|réaffirmé|réitéré|affirmé|décidé|confirmé|précisé|expliqué|déclaré|mentionné|signalé)"
    r"|(?-i:[Ii])t\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:noted|stressed|underlined"
    r"|agreed|emphasi[sz]ed|highlighted|recogni[sz]ed|acknowledged|recommended|suggested|proposed|observed|concluded|felt|decided|announced"
    r"|confirmed|stated|explained|mentioned|reaffirmed|reiterated)"
)
"""Verb groups that report a stance as a clause: `s’est dit convaincu que`, `s’est félicité que`, `made
clear that`, `expressed his belief that`, `expressed regret that`, `reiterated his warning that`,
`reiterated NATO’s long-held message that`, `is pleased that`, `hopes that` (not a noun: `the hopes that`,
nor the impersonal `It is hoped that`), `believes that`, `expects that` (not `it is expected that`), `spoke
of how` (not `spoke of the`), `thinks that`, `claimed that`, `was adamant that`, `decided that`, `ont
décidé que` (a decision reported like `agreed that`; not `décidé de` with an infinitive), `shared the view
that`, `issued a reminder that`, `gave reassurance that`, `stressed the expectation that`, `espère que`, `escompte que` (not `on
espère que`), and the impersonal passive in any tense, maybe with an adverb (`Il a été noté que`, `il sera
clairement réaffirmé que`, `it was agreed that`): the pronoun is in the cue, no speaker."""
_AIMED = (
    rf"(?:{_AUX}\s+tenu\s+à\s+|(?<![\w’'-])(?:vient|viennent|venait|venaient)\s+(?:de\s+|d['’]))"
    rf"(?:{_INFINITIVE}|annoncer)"
)
"""`a tenu à souligner que`: a verb of saying after `tenir à`; `vient d’annoncer que`: one after `venir de`,
the recent past."""
ADDRESSEE = (
    r"(?:\s+(?:à|aux|au|devant)\s+(?:la\s+|l['’]|les\s+|ses\s+|son\s+|sa\s+|leurs\s+|ces\s+)?[\w’'-]+"
    r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|les\s+|l['’])?[\w’'-]+|\s+(?!que\b|qu['’]|(?:le|la|les|un|une)\b)[\w’'-]+){0,6}?"
    r"|\s+(?:reporters|journalists|Allies|me|him|her|them|us|the\s+(?:press|media|audience|conference|participants))"
    r"|\s+(?:all\s+(?:those\s+)?present|those\s+present|everyone|everybody)"
    r"|\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:audience|press|media|reporters|journalists|participants|students"
    r"|cadets|graduates|guests|visitors|soldiers|troops|crowd|delegates|delegation|ministers|attendees)"
    r"|\s+to\s+(?:the|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+that\b)"
    r"|(?<=agreed)\s+with\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+that\b)"
    r"|(?<=convenu)\s+avec\s+(?:le\s+|la\s+|les\s+|l['’]|son\s+|sa\s+|ses\s+|leurs?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+qu)"
    r"|(?:(?<=told)|(?<=assured)|(?<=informed)|(?<=informing)|(?<=reminded)|(?<=warned)|(?<=cautioned)|(?<=reassured)|(?<=promised))\s+(?:(?:the|his|her|their|its|our|an?)\s+[a-zA-Z][\w’'-]*"
    r"|(?:[A-Z][\w’'-]*\s+){0,3}[a-z][\w’'-]*s(?=\s+that\b)|[A-Z][\w’'-]*['’]s(?:\s+[A-Z][\w’'-]*){1,5}"
    r"|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s+that\b))"
    r"(?:\s+(?!that\b)[\w’'-]+){0,3}?(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5}){0,2})"
)
"""Whom the words were addressed to, between the cue and `que`/`that`: `aux journalistes`, `reporters`,
`au premier ministre de la République de Moldova`, `à ses interlocuteurs de Moscou`, `devant les étudiants
de l'université` (at most seven words, none `que` nor an article but after `de`: `pour expliquer au
Comité le soutien qu’apporte …` is no report); those present (`reminding all present that`); an audience after `to` (`explained to the audience how`), or up to four words after `to` and a
determiner right before `that` (`reiterated to the top leadership that`); after `told`, `assured`, `informed`,
`reminded`, `warned`, `cautioned`, `reassured`, `promised`, the persons told (`told the graduates that`, `told the Prime Minister:`, `informed Mr. X that`, `reminded
participants that`, `warned Kosovar Albanian leaders that`, `told Ostravia’s Prime Minister X on Monday (14 May 2018)
that`), maybe with where they were (`told an expert audience at the Royal United Services
Institute in London that`), and after `agreed` those agreed with (`agreed with ministers that`, `ont convenu
avec le secrétaire général que`). Between a cue and `que`/`that` (`INDIRECT_RE`) and between a cue and a
quotation's opening mark (natopress.draft.attribution)."""
_MANNER = (
    rf"(?:\s+(?:avec\s+(?:une\s+(?:grande|profonde|vive|très\s+vive)\s+|(?:grande|profonde)\s+)?"
    rf"(?:satisfaction|regret|inquiétude|préoccupation)"
    rf"|with\s+(?:(?:great|deep|grave|serious|particular)\s+)?(?:satisfaction|regret|concern)"
    rf"|{_ADVERBS})){{0,2}}"
)
MANNER_RE = re.compile(_MANNER, re.IGNORECASE)
"""At most two adverbs or manner phrases after a verb of saying (`a noté avec satisfaction`, `ont noté avec une
profonde satisfaction`, `noted with great satisfaction`, `a souligné également`): part of the cue."""
_PLURAL_PRESENT = (
    r"(?:(?<=[a-z]s\s)|(?<=\bthey\s))(?-i:say|stress|note|confirm|report|explain|emphasi[sz]e|underline|add|agree)"
    r"(?=\s+that\s)"
)
"""A verb of saying in the present after a plural subject (a noun in `-s`, `they`), right before `that`
(`Hub officials stress that`; not `Let me underline that`): a cue of indirect speech only, the bare words
being nouns as often."""
_OPINION_INFINITIVE = r"(?<=\bdit)\s+(?:estimer|croire|penser|espérer|souhaiter|considérer|juger)(?=\s+qu)"
"""An infinitive of opinion after `dit` and before `que` (`a également dit estimer que P`): part of the cue,
P the reported clause (guidelines 2.1)."""
_CUE_GROUP = (
    rf"(?P<cue>(?:{_AUX}\s+(?:{_ADVERBS}\s+){{0,2}}(?:{_PARTICIPLE})(?:{_OPINION_INFINITIVE})?|{_REFLEXIVE}|{_AGREED}|{_COORDINATED_PARTICIPLE}|{_AIMED}|{_STANCE}|(?<!\bon\s)(?:{_PRESENT})|(?:{ENGLISH_CUES})"
    rf"|(?<!\bof\s)(?<!\bany\s)(?<!\bthe\s)(?<!\ba\s)(?:{alternation(PRESENT_PARTICIPLES)})|{_BEFORE_INFINITIVE}|{_PAST_INFINITIVE}|{_PLURAL_PRESENT})"
    rf"{_MANNER})"
)
_HOW_SUBJECT = (
    r"[«“\"]?\s*(?-i:(?:he|she|it|they|we|I|the|this|these|those|his|her|its|their|our|a|an|il|elle|ils|elles|on"
    r"|le|la|les|un|une|son|sa|ses|leur|leurs|ce|cette|ces)\s|l['’]|[A-ZÀ-Ý]"
    r"|[a-z]{3,}s\s+(?:could|would|can|will|have|had|are|were|must|should|may|might|need|do|did)\s"
    r"|(?<=[«“\"])\s*[a-z][\w’'-]*(?:\s+(?!(?:it|this|that|they|we|you|he|she)\s)[a-z][\w’'-]*){0,3}"
    r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|must|should)\s)"
)
"""A subject after `how` or `comment`, maybe after an opening mark (`outlined how NATO has adapted`, `stated
how he supported`, `underlined how "we need …"`, `a expliqué comment l’opération … servira`, `en quoi`, `de
quelle façon`; a plural noun and an auxiliary: `explained how nations could benefit`; in marks, a noun phrase
of up to four words and its verb: `stressed how “regional cooperation is …”`, not a pronoun: `how “vital it
is”`): the clause says what was said; not after `assessed` or `observed` (`Il a observé comment les forces
franchissaient une rivière`: he watched). An adjective or adverb after it (`stressed how important P is`,
`how much`) is an exclamative, no report (guidelines 2.1)."""
_ASIDES = (
    r"(?:(?:\s*,(?!\s*(?:and|et|but|mais|or|ou)(?![\w’'-]))(?:(?!\s['‘’])[^,;:.!?«»“”‘\"\n]){1,90}?){1,2}"
    r"(?=\s*,\s+(?:(?:que|that)(?![\w’'-])|qu['’]\w)))?(?:\s+(?:non\s+seulement|not\s+only)(?=\s))?"
)
"""At most two asides set between commas between a cue and `que`/`that` (`a déclaré, avant le début de la
réunion, que`, `ont souligné, deuxièmement, que`, `a expliqué au premier ministre, X, le lundi 27 mai 2013,
que`, `ont déclaré, dans le communiqué final, qu’ils`); no quotation in single marks and no conjunction opening one (`noted, ‘to provide …’ and, by any
measure, that has been achieved`, `noted, and, by any measure, that`: `that` is the subject there); then
maybe `non seulement` or `not only` (`en soulignant non seulement qu’il …, mais aussi qu’…`)."""
_OBJECT_AND = (
    r"(?:(?<=underlined)|(?<=highlighted)|(?<=underscored)|(?<=emphasized)|(?<=emphasised)|(?<=stressed))"
    r"\s+(?:the|a|an|his|her|its|their)\s+(?:(?!(?:is|are|was|were|will|would|that)\s)"
    r"[^\s,;:.!?«»“”\"]+,?\s+){1,30}?and(?=\s+that\s)"
)
"""A noun phrase object, then `and`, between a verb of stressing and `that` (`underlined the good cooperation
with NATO and that P`): the verb's second object, the `that` clause, is reported (guidelines 2.1); never
across a finite verb (`said the meeting was useful and that`: a bare clause first)."""
INDIRECT_RE = re.compile(
    rf"(?:(?<![\w’'-])|(?<=(?<![\w’'-])[mt][’'])){_CUE_GROUP}(?:{ADDRESSEE})?"  # also `m’a confirmé que`
    rf"(?:\s+{WHEN}){{0,2}}(?:\s+(?:sur|contre)\s+le\s+fait|(?<!salué)(?<!félicité)(?<!voquant)\s+le\s+fait|\s+de\s+ce|\s+du\s+fait"
    rf"|(?<!welcomed)(?<!welcomes)\s+the\s+fact|{_OBJECT_AND})?{_ASIDES}(?:\s*,)?\s+(?<!ainsi\s)(?<!même\s)(?P<conj>que(?:\s*,)?\s+|qu['’]|that(?:\s*,)?\s+"
    rf"|(?<!assessed\s)(?<!observed\s)(?<!observé\s)(?:how|(?<!\sto\s)comment|en\s+quoi|de\s+quelle\s+(?:façon|manière))"
    rf"\s+(?={_HOW_SUBJECT})|(?:(?<=\bdit\s)|(?<=déclaré\s)|(?<=affirmé\s))(?=(?:se\s+|s['’])?[a-zéèêâîô]+(?:er|ir|re|oir)\s))",  # `a dit attendre`, `se réjouir`
    re.IGNORECASE,
)
TOLD_WHOM = r"(?:reporters|journalists|the\s+press|the\s+media|delegates|(?:the\s+)?(?:audience|participants|troops|crowd))"
"""Whom words were told, after `told` (`told reporters that …`, `…, X told journalists.`, `told the troops
they had …`), as a pattern to embed."""
INVERTED_PRONOUN_RE = re.compile(r"-t?-?(?P<pronoun>il|elle|ils|elles)\b", re.IGNORECASE)
"""The subject pronoun inside an inverted cue (`a-t-il indiqué`)."""
PRONOUN_RE = re.compile(r"(?:(?<=qu['’])|(?<![\w’'-]))(?:il|elle|he|she)(?![\w’'-])", re.IGNORECASE)
"""A pronoun subject, also inside an inverted cue (`a-t-il`) and after an elided relative (`des années
qu’il a décrites comme « … »`)."""
STRESSED_PRONOUN_RE = re.compile(r"(?:lui|elle|him|her)(?![\w’'-])", re.IGNORECASE)
"""A pronoun after a preposition that refers to a person (`Selon lui,`, `According to her,`)."""
POSSESSIVE_RE = re.compile(r"(?:his|her|ses)(?![\w’'-])", re.IGNORECASE)
"""A possessive that refers to a person, in `In his words, “…”`, `Selon ses propres mots, « … »`."""
_FEMININE, _MASCULINE = ("she", "elle", "her"), ("he", "his", "il", "lui", "him")
_PRONOUN_GENDERS = {**dict.fromkeys(_FEMININE, True), **dict.fromkeys(_MASCULINE, False)}


def pronoun_feminine(text: str, start: int) -> bool | None:
    """True for `elle`/`she`/`her` at `start`, False for `il`/`he`/`his`, None for any other word."""
    word = re.match(r"\w+", text[start : start + 5])
    return _PRONOUN_GENDERS.get(word.group().lower()) if word is not None else None


DEMONSTRATIVE_RE = re.compile(
    r"(?<![\w’'-])(?:celui-ci|celle-ci|ce\s+dernier|cette\s+dernière|the\s+latter)(?![\w’'-])", re.IGNORECASE
)
"""A demonstrative subject (`Celle-ci a souligné que`, `ce dernier a déclaré`, `the latter said`): the
last person named before it, not the sentence's subject."""
FEMININE_DEMONSTRATIVE_RE = re.compile(r"celle-ci|cette\s+dernière", re.IGNORECASE)

_TITLE_WORDS = (
    r"(?:secrétaire\s+général(?:e)?(?:\s+adjoint(?:e)?)?(?:\s+délégué(?:e)?)?|président(?:e)?(?:\s+délégué(?:e)?)?|premier\s+ministre|"
    r"ministre|commandante?|porte-parole|Secretary[\s-]General|Deputy\s+Secretary(?:[\s-]General)?|"
    r"(?:Deputy\s+)?Assistant\s+Secretary[\s-]General|President|Prime\s+Minister|First\s+Lady|State\s+Secretary|"
    r"Minister|Commander|Spokesperson|représentante?\s+spéciale?|Special\s+Representative|Chair(?:man|woman)?|"
    r"Chief\s+Scientist|Commandant|Dean|Director(?:\s+General)?|directeur(?:\s+général)?|directrice(?:\s+générale)?|"
    r"General\s+Manager|Mayor|maire|Chief(?=\s+of\s)|chef(?=\s+(?:d['’]|de\s(?!file\b)|du\s)))"
    r"(?![\w’'-])"  # whole words: not `Minister` of `Ministers`, `the minister` of `the ministers`
)
_POSTS = (
    "SACEUR DSACEUR SACT DSACT SACLANT CMC DCMC COMKFOR COMISAF COMEUFOR COMSFOR SRSG COM DCOM "
    "ASG DASG SG DSG GM DGM CHOD"
)
POST_ACRONYMS = frozenset(_POSTS.split())
"""Acronyms of NATO posts, not bodies (`le SACEUR`: Supreme Allied Commander Europe; `ASG`: Assistant Secretary
General; `SG`: Secretary General; `GM`: an agency's General Manager; NATO's own titles; `CHOD`: a nation's Chief of
Defence, NATO's usage; `SRSG`: the UN's Special Representative, in KFOR's pages): before a name, a title (`ASG Baiba X`, `SACEUR General X`); alone, a speaker
so named is the person the text names with it (`acronyms.acronym_holder`), or nobody, never a body."""
POST_TITLE_ALT = "|".join(sorted(POST_ACRONYMS - {"COM"}))
"""The posts' acronyms that head a name as a title (`ASG Baiba X`, `SACEUR General X`), as an alternation to
embed case-sensitively; `COM` alone is too short a word to be read as one."""
POST_PHRASE_RE = re.compile(
    rf"(?:(?<![\w’'-])(?:(?i:le|la|the)\s+(?:[A-Z][a-zé]+\s+)?|(?i:l)['’])|(?<=,\s))"
    rf"(?P<post>{'|'.join(sorted(POST_ACRONYMS, key=len, reverse=True))})(?![\w’'-])(?:\s+of\s+NATO|\s+de\s+l['’]OTAN)?"
)
"""A post's acronym after its article, maybe with a nationality (`le SACEUR`, `the ASG`, `the Romanian
CHOD`), maybe with NATO after it (`the SG of NATO`: group `post` ends before it): a speaker phrase wherever
it stands; or after a lead's comma (`During an interview on September 23, 2014, SACT stressed`)."""
RANKS_WITHOUT_POINT = r"(?-i:Col|Gen|Capt|Cdr|Adm|Brig|Cdre|Maj|Sgt|Cpl|(?:1st\s+|2nd\s+|[12])?(?:Lt|LT)\.?)"
"""Ranks' abbreviations that British style writes without a full stop (`Col Giuseppe X`, `Lt X`, `Sgt. Maj
David X`, `1st LT X`), case kept: as a pattern to embed, before white space and a name."""
FRENCH_CLASS = r"(?:\s+de\s+(?:1re|2e|première|deuxième|seconde)\s+classe)?"
"""The class a French naval rank may carry (`l’enseigne de vaisseau de 2e classe X`), as a pattern to embed."""
_RANKS = (
    r"(?:(?:Lieutenant|Major|Brigadier)\s+General|(?:Lt|Maj|Brig)\.?[\s-]*Gen\.?|"  # before `brigadier` alone
    r"médecin[\s-](?:général|colonel|chef|commandant)|"
    r"général\s+de\s+(?:brigade|division|corps\s+d['’]armée)(?:\s+aérienne)?|général\s+d['’]armée(?:\s+aérienne)?|"
    r"(?:lieutenant|major)[-‑\s]général|(?<!état-major\s)(?<!quartier\s)(?<!secrétariat\s)(?<!conseil\s)général|amiral|vice-amiral|contre-amiral|lieutenant[-‑\s]colonel|colonel|capitaine\s+de\s+(?:frégate|vaisseau|corvette)|"
    r"capitaine|sous[-‑]lieutenant|lieutenant(?:\s+de\s+vaisseau)?|(?:enseigne\s+de\s+vaisseau|matelot)"
    rf"{FRENCH_CLASS}|"
    r"chef\s+de\s+bataillon|chef\s+d['’]escadrons?|(?:sergent|adjudant|caporal|brigadier)(?:[-‑]chef)?|aspirant|"
    r"quartier[-‑]maître|"
    r"(?:second|premier)[-‑\s]maître|maître\s+principal|"
    r"ambassadeur|ambassadrice|commodore|Commodore|General|Admiral|"
    r"Vice\s+Admiral|Rear\s+Admiral|Air\s+Chief\s+Marshal|Air\s+Marshal|Colonel|Ambassador|(?:Flying|Pilot)\s+Officer|"
    r"Gen\.|Adm\.|"
    r"R\.?ADM|V\.?ADM|RDML|Lt\.?[\s-]*Col\.?|Capt\.|Cdr\.|Col\.|(?-i:LTG|LtG|LTC|COL|MAJ|CPT|CSM|SGM|MGen|BGen|LGen|MajGen|BrigGen|RAdm|VAdm|BG|MG|GEN|MGEN|LGEN|BGEN)|"
    rf"{RANKS_WITHOUT_POINT}(?=\s)|"
    r"Chief\s+Warrant\s+Officer(?:\s+\d)?|Warrant\s+Officer|(?:Command\s+)?Sergeant\s+Major|(?:Command\s+)?Sgt\.?\s+Maj(?:\.|or)?|(?:Master\s+|Staff\s+)?Sergeant|"
    rf"professeure?|Professor|Prof\.|(?-i:{POST_TITLE_ALT})(?![\w’'-]))"
)
"""Ranks and diplomatic titles that head a speaker phrase only before a name (`a déclaré l’amiral Di Paola`,
`said Admiral Rob Bauer`, `LtGen Caldwell said`, `Gen. McChrystal`, a post's acronym: `ASG Baiba X`); alone
(`le général`) they are no nominal speaker: only the one person the text names with that rank is
(`BARE_RANK_RE`). `général` after `état-major`, `quartier`, `secrétariat` or `conseil` is that noun's
adjective, no rank (`a présenté à l’état-major général les priorités`; guidelines 2.4, 1.102)."""
BARE_RANK_RE = re.compile(rf"(?:(?i:le|la|the)\s+|(?i:l)['’])?(?i:{_RANKS})")
"""A rank with no name after it (`l’amiral`, `the General`): the one person the text names with that rank,
else nobody (`SpeakerResolver.resolve`)."""
BODY_ACRONYM = r"[A-Z]{2,}\d*(?:-[A-Z]\w*)?"
"""A body's acronym (`JFTC`, `SNMCMG2`, `NRDC-GR`, `NRDC-Italy`), as a pattern to embed (case-sensitive)."""
TITLE_PHRASE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?i:le|la|the)\s+|(?i:l)['’])?(?:(?:NATO|OTAN|{BODY_ACRONYM})(?:['’]s)?\s+)?"
    rf"(?i:{_TITLE_WORDS}|{_RANKS}(?![\w’'-]))"
    r"(?:\s+(?:of|de|du|des)\s+(?:the\s+|l['’])?[A-ZÀ-Ý][\w’'-]*)*"
    r"(?:\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?"
)
"""A title as the head of a speaker phrase: `NATO Secretary General`, `JFTC Commander` (a body's acronym before
it), `Le ministre`, `the Minister of Defence of Ostravia` (before a name, or set off by a comma before one)."""
TITLE_ORGANISATION_RE = re.compile(
    r"\s+(?:de\s+l['’]|of\s+the\s+)?(?:OTAN|NATO|Alliance)(?![\w’'-])(?!\s+(?-i:[A-ZÀ-Ý]))", re.IGNORECASE
)
"""The organisation a title belongs to, after it: `(le secrétaire général) de l’OTAN`, `of the Alliance`;
not the first word of a longer name (`of the NATO Military Committee`)."""
NOMINAL_SPEAKER_RE = re.compile(
    rf"(?:\b(?:le|la|the)\s+|\bl['’]|\b(?:NATO|OTAN|the\s+Alliance)['’]s\s+"
    rf"|\bthe\s+(?-i:(?:(?:[A-Z][a-z][\w’'-]*|{BODY_ACRONYM})\s+){{1,3}})"
    rf"|(?<![\w’'-])(?-i:(?:{BODY_ACRONYM})\s+)(?=(?-i:[A-Z])))"
    rf"{_TITLE_WORDS}(?:{TITLE_ORGANISATION_RE.pattern})?",
    re.IGNORECASE,
)
"""`le secrétaire général (de l’OTAN)`, `the Secretary General`, `NATO’s Deputy Secretary General`, `the
Corps Commander`, `the JFTC Commander`, `the NATO SFA COE Director` (a body's name or acronyms, at most
three words, before the title), a body's acronym and a capitalised title without an article (`KFOR
Commander remarked`, `NATO Secretary General acknowledged`): a nominal mention of a speaker."""
PERSONAL_HONORIFICS = r"(?:M\.|Mme|Mlle|MM\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Mister)"
"""Honorifics before a surname alone or a full name, French and English (`M.`, `Mme`, `Mr`, `Ms`, `Miss`,
`Dr`)."""
HONORIFICS = rf"(?:{PERSONAL_HONORIFICS}|Sir|Dame)"
"""`PERSONAL_HONORIFICS` and the knights' `Sir`, `Dame`, which precede a given name."""
HONORIFIC_RE = re.compile(
    rf"\b{PERSONAL_HONORIFICS}\s+(?!Prof(?:essor)?\b)"
    r"(?P<surname>(?:(?i:de|van|von|der|de\s+la)[ \u00a0])?"
    r"[A-ZÀ-Ý][\w’'\-]+(?:[ \u00a0](?:(?:de|van|von|der)[ \u00a0])?[A-ZÀ-Ý][\w’'\-]*[a-zà-ÿ][\w’'\-]*)?)"
)
"""`M. Stoltenberg`, `Mr Stoltenberg`, `M. Fogh Rasmussen`, `M. de Hoop Scheffer`: an honorific and a surname
(of up to two words, after a particle, also capitalised: `M. De Hoop Scheffer`)."""

TITLE_MODIFIERS = frozenset(
    {
        *("secrétaire", "sous", "vice", "lieutenant", "major", "brigadier", "rear", "deputy", "secretary"),
        *("chief", "chef", "contre", "premier", "first", "under", "assistant"),
    }
)
"""Words that make a longer title of the title word after them (`secrétaire général`, `Major General`,
`Deputy Secretary General`, `contre-amiral`): that title word alone is not the title of the holder."""
RANK_COMPLEMENT = (
    r"\s+(?:de|d['’]|of)\s*(?!(?:la|le|les|the)\b)[a-zà-ÿ][a-zà-ÿ’'-]*"
    r"(?:\s+(?!(?:la|le|les|the)\b)[a-zà-ÿ][a-zà-ÿ’'-]*)*"
)
"""A rank's complement of lower-case words (`de brigade`, `de corps d’armée`); an article (`de la KFOR`)
ends it. Words are separated by white space, so matching stays linear."""
RETIRED = r"\((?i:ret|retd|rtd|retired)\.?\)"
"""A retired officer's mark after a rank (`MGEN (ret.) X`, `Rear Admiral (retired) X`)."""
NAME_AFTER_TITLE_RE = re.compile(
    rf"(?:{RANK_COMPLEMENT})?(?:\s*{RETIRED})?\s+(?:[A-ZÀ-Ý]\.\s*)*(?P<name>[A-ZÀ-Ý][\w’'-]*)"
)
"""What follows a title that belongs to a name: an optional rank complement of lower-case words (`de
brigade`, `de corps d’armée`), a retired officer's mark (`Rear Admiral (retired) X`) and a capitalised word (`Le général de brigade Marek Nowak`, `The Major General
Marek Nowak`). An article (`de la KFOR`) ends the complement, so `le commandant de la KFOR` is no title of a
name. Words of the complement are separated by white space, so that matching stays linear (a word split
in every way between two repetitions made one long lower-case run take exponential time)."""

TITLE_COMPLEMENT_RE = re.compile(
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|of\s+the|of|for)\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3}"
    r"(?:(?:,\s*[A-ZÀ-Ý][\w’'-]*)+,?\s+(?:and|et)\s+[A-ZÀ-Ý][\w’'-]*)?"
    r"(?:\s+(?:militaire|politique|exécutif|permanent|international|internationale|étrangères|étrangers|extérieures|intérieures|nationale|nationales)){0,2}"
    r"(?:\s+(?!(?:a|est|et|and|said|says|has|had|was|is|qui|who|which|dont|ont)(?![\w’'-]))[a-zà-ÿ][\w’'-]*"
    r"(?=\s+(?:du|de|des|of)\s))?)+"
)
"""A title's complement naming its body (`le président du Comité militaire de l’OTAN`, `the Chair of the
NATO Military Committee`; French keeps a body's adjective in lower case: `le président du Comité
militaire a remercié`, `le ministre des Affaires étrangères`): part of the title, so that the person holding that title is found, never the
holder of the bare head (`le président`, someone else in the same text)."""
TITLE_ACRONYM_RE = re.compile(rf"[^\S\n]+{BODY_ACRONYM}(?![\w’'-])")
"""A body's acronym right after a title (`Commander SNMCMG2`, `Commander NRDC-Italy`): part of the title,
whose holder must be named with it."""

TOPIC_AFTER_RE = re.compile(r"\s+(?:on|upon|about|with)(?![\w’'-])")
"""A verb's topic after it (`commented on`, `spoke about`, `concluded with`): a quotation after it is not
its clause."""
PERSON_NOUNS = (
    r"leader|head|elder|villager|resident|man|woman|teacher|doctor|farmer|official|representative"
    r"|spokes(?:man|woman|person)|chef|maire|responsable|représentante?"
)
"""Lower-case nouns of a person the text may describe without naming (`the community leader`, `le
maire`): as an alternation to embed (here and in natopress.draft.phrases.UNNAMED_PERSON_SUBJECT_RE)."""
DESCRIBED_PERSON_RE = re.compile(
    rf"(?<![\w’'-])(?:a|an|the|un|une|le|la)\s+(?:[\w’'-]+\s+){{0,5}}?(?:{PERSON_NOUNS}|girl|boy|child|fille|garçon"
    r"|enfant)(?![\w’'-])",
    re.IGNORECASE,
)
"""A person the text describes with an article and a noun, not a name (`a 9 years old Syrian girl`, `the
community leader`): a later pronoun may be that person's."""
UNNAMED_PERSON_RE = re.compile(
    r"\b(?:to|with|met|meets|meeting|visited|interviewed|asked|thanked|à|avec|rencontré|remercié)\s+"
    r"(?:the|a|an|one|le|la|l['’]|un|une)\s+(?:[a-z][\w’'-]*\s+){0,2}"
    rf"(?:{PERSON_NOUNS}|chief|governor|mayor|owner|shopkeeper|porte-parole|gouverneur|habitante?)"
    r"\b(?!\s*,?\s*(?:[A-Z]|M\.|Mme))"
)
"""A person the sentence does not name, met or addressed (`talked to the community leader`, `met the
district governor`, `a rencontré le maire`), not followed by a name: a pronoun in the next sentence may
mean them, so the last quote's speaker is no longer sure (guidelines 2.4)."""
