"""Speaker phrases: where a phrase naming a speaker (a name, an honorific and surname, a title, a pronoun, a
body) starts or ends in a release, over the person and organisation mentions natopress.draft.mentions
suggests (the phrases that end at a position: natopress.draft.phrasebefore).
natopress.draft.sentencesubjects finds which phrase is a sentence's subject;
natopress.draft.entities resolves the phrases to entities."""

from __future__ import annotations

import bisect
import re

from natopress.draft.collective import collective_at
from natopress.draft.commandchange import TENURE_PHRASE_RE
from natopress.draft.descriptions import described, titled_run
from natopress.draft.namewords import PARTICLE, TITLE_RE, nationality_after
from natopress.draft.phrasebefore import PhraseBeforeFinder
from natopress.draft.phrases import (
    CLAUSE_END_RE,
    EXCELLENCY,
    PART_RE,
    PARTICLE_GAP_RE,
    RANK_COMPLEMENT_RE,
    SETTING_AFTER_RE,
    TENURE_RE,
    VERB_IN_PHRASE_RE,
    title_reach,
)
from natopress.draft.speech import (
    HONORIFIC_RE,
    HONORIFICS,
    NOMINAL_SPEAKER_RE,
    PRONOUN_RE,
    TITLE_ACRONYM_RE,
    TITLE_COMPLEMENT_RE,
    TITLE_ORGANISATION_RE,
    TITLE_PHRASE_RE,
)

_HONORIFIC_RANK_RE = re.compile(rf"{HONORIFICS}\s+(?=(?:(?:le|la)\s+|l['’])?[a-zà-ÿ]|(?:Professor|Prof\.)\s)")
"""An honorific before a lower-case title or rank (`M. l’ambassadeur`) or `Professor`, which a name follows."""

_TITLE_CASE_WORD = r"(?-i:[A-ZÀ-Ý][\w’'-]*|of|for|and|the|to|on)"
_TITLE_CASE_RUN = rf"{_TITLE_CASE_WORD}(?:[^\S\n]+{_TITLE_CASE_WORD}){{0,20}}"
_ARTICLE_TITLE_COMMA_RE = re.compile(
    rf"(?P<article>(?:the|le|la)[^\S\n]+|l['’])?(?:[^,;:.!?«»“”\"\n]{{1,80}}?|{_TITLE_CASE_RUN})"
    rf",[^\S\n]*(?:{EXCELLENCY}[^\S\n]+)?(?:{HONORIFICS}[^\S\n]+)?",
    re.IGNORECASE,
)
"""An article (or none), a title's words (at most 80 characters, or longer in title case: `NATO’s Deputy
Assistant Secretary General for Security Cooperation and Partnership`), a comma and an honorific before a
name in apposition (`the Ukrainian Ambassador to NATO, ` Ihor Dolhov)."""


_ARTICLE_RE = re.compile(r"(?:le|la|the)[^\S\n]+|l['’]", re.IGNORECASE)
_HONORIFIC_AFTER_RANK_RE = re.compile(rf"{HONORIFICS}[^\S\n]+")
_HEAD_WORDS_RE = re.compile(
    r"(?:(?:new|newly\s+appointed|outgoing|incoming|nouveaux?|nouvelle)[^\S\n]+)?(?:[A-ZÀ-Ý][\w’'-]*[^\S\n]+){0,3}"
    r"(?:(?:operational|acting|former|senior|military|civilian)[^\S\n]+)?"
)
"""What may stand before the title heading an apposed phrase: a word of tenure (`the new Commander, LTC X`),
then up to three capitalised words (`Ukrainian`, `Swedish Senior National` Representative), then maybe one
adjective of the post (`ISAF’s operational commander, General X`)."""
_PARTICLE_HEAD_RE = re.compile(rf"(?:{PARTICLE}\s+){{1,2}}")
"""A surname's lower-case particle before the surname's mention (`added van Loon`)."""
_MEMBER_NOUN_RE = re.compile(r"[^\S\n]+[a-z][\w-]{2,}[^\S\n]+")
"""One lower-case noun between a body's name and a person's (`U.S. Air Force pilot X`): the body's member."""
_NOUN = (
    r"(?!(?:that|the|and|but|also|then|today|yesterday|recently|later|again|once"
    r"|reporters|journalists|participants)[^\S\n])[a-z][\w-]{2,}[^\S\n]+"
)
_DESCRIPTOR_RE = re.compile(
    rf"[A-Z][\w’'-]+[^\S\n]+(?:{_NOUN})?|(?:{_NOUN}){{0,2}}(?!(?:after|before|during|with|from|over)[^\S\n])"
    rf"(?=[a-z][\w-]*(?<!ing)(?<!ed)[^\S\n]){_NOUN}(?:(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?"
)
"""Lower-case nouns describing the person named right after a cue, maybe after a capitalised word (`said
Willard freshman X`, `said student X`, up to three with an honorific: `explained computer security expert
Mr X`; the last no participle nor preposition: `said after meeting X` names no speaker), or one capitalised
word alone, a rank the title list lacks or misspelt (`said Colonnel X`, `said Kapitan X`); not a function
word or an addressee (`told reporters X`)."""


_CUT_NAME_RE = re.compile(r"(?:(?:an?|the)[^\S\n]+[a-z][\w-]*[^\S\n]+)?(?P<name>[A-Z][\w’'-]{2,})\s*\Z")
"""One capitalised word closing the excerpt after a cue, maybe after an article and an adjective (`said an
enthusiastic Rie`): a name cut by the excerpt's end."""


class PhraseFinder(PhraseBeforeFinder):
    """The speaker phrases of one release: those ending at a position (`PhraseBeforeFinder`), and those
    starting at one (after a cue or at a sentence's start)."""

    def phrase_at(self, text: str, position: int, limit: int) -> tuple[int, int] | None:
        """The speaker phrase starting at `position` (after white space), not reaching past `limit`; after
        a word of tenure (`Newly appointed Commander X`), the named phrase after it."""
        while position < limit and text[position].isspace():
            position += 1
        particle = _PARTICLE_HEAD_RE.match(text, position, limit)  # `added van Loon`: the surname's particle
        named = (
            [m for m in self._within(particle.end(), limit) if m.start == particle.end()] if particle else []
        )
        if named:
            return position, named[0].end
        post = TENURE_PHRASE_RE.match(
            text, position, limit
        )  # `The outgoing commander thanked`: no name after
        if post is not None and re.match(r"[^\S\n]+[a-z]", text[post.end() : limit]):
            return post.span()
        tenure = TENURE_RE.match(text, position, limit)
        if tenure is None:
            return self._phrase_at(text, position, limit)
        phrase = self._phrase_at(text, tenure.end(), limit)
        return phrase if phrase is not None and self._within(*phrase) else None

    def _phrase_at(self, text: str, position: int, limit: int) -> tuple[int, int] | None:
        """`phrase_at` at `position`, a non-space character."""
        honorific = HONORIFIC_RE.match(text, position, limit)
        if honorific is not None:
            index = bisect.bisect_left(self._starts, honorific.start("surname"))
            named = self._person_mentions[index] if index < len(self._starts) else None
            if (
                named is not None
                and named.start == honorific.start("surname")
                and honorific.end() < named.end <= limit
            ):
                return honorific.start(), named.end  # `M. Jaap de Hoop Scheffer`: the whole name
            return honorific.start(), honorific.end()
        start = position
        ranked = _HONORIFIC_RANK_RE.match(text, position, limit)  # `M. l’ambassadeur` Alexander Vershbow
        position = ranked.end() if ranked is not None else position
        title_end = title_reach(text, position, limit)
        particles = PARTICLE_GAP_RE.match(text, title_end, limit)  # `Lt.Gen. di Marco`
        title_end = particles.end() if particles is not None else title_end
        low = bisect.bisect_left(self._starts, position)
        high = bisect.bisect_right(self._starts, title_end)
        for mention in self._person_mentions[low:high]:  # no mention further can follow a title here
            if mention.start == position and mention.end <= limit:
                organisation = TITLE_ORGANISATION_RE.match(text, mention.end, limit)  # `… de l’OTAN`
                complement = organisation is None and TITLE_COMPLEMENT_RE.match(text, mention.end, limit)
                apposed = self._title_then_name(text, position, limit) if complement else None  # `of X, Y`
                return apposed or (mention.start, organisation.end() if organisation else mention.end)
            title = TITLE_PHRASE_RE.match(text, position, mention.start)
            if (
                title is not None
                and mention.end <= limit
                and (  # `de corps d’armée`; a surname's particle (`said Lt.Gen. di Marco`)
                    RANK_COMPLEMENT_RE.fullmatch(text, title.end(), mention.start)
                    or PARTICLE_GAP_RE.fullmatch(text, title.end(), mention.start)
                )
            ):
                return start, mention.end  # `said NATO Secretary General Ilse Varga`: title and name
        apposed = self._title_then_name(text, start, limit) or titled_run(text, start, limit, self._within)
        if apposed is not None:
            return apposed
        position = start
        for pattern in (NOMINAL_SPEAKER_RE, PRONOUN_RE, TITLE_PHRASE_RE):  # `says Secretary General`
            match = pattern.match(text, position, limit)
            if match is not None:
                complement = TITLE_ACRONYM_RE.match(text, match.end(), limit)  # `Commander SNMCMG2`
                if pattern is NOMINAL_SPEAKER_RE:
                    complement = complement or TITLE_COMPLEMENT_RE.match(text, match.end(), limit)  # `du CM`
                elif pattern is PRONOUN_RE:
                    complement = None
                return match.start(), complement.end() if complement else match.end()
        return collective_at(text, position, limit, self._org_by_start)  # `the Council`, `NATO`

    def _title_then_name(self, text: str, position: int, limit: int) -> tuple[int, int] | None:
        """`the Ukrainian Ambassador to NATO, Ihor Dolhov` at `position`: maybe an article, a title
        (`TITLE_RE`, `TITLE_PHRASE_RE`) after at most three capitalised words (`Lithuanian Vice-Minister of
        National Defence`), no punctuation, a comma, then a person's name (after its honorific or
        rank, and an honorific after the rank: `Commander of KFOR, Major General X`, `the commander, General
        Sir X`): the whole phrase, the name's person speaks."""
        apposition = _ARTICLE_TITLE_COMMA_RE.match(text, position, limit)
        if apposition is None:
            return None
        head = apposition.end("article") if apposition["article"] else position
        titles = [
            *TITLE_RE.finditer(text, head, apposition.end()),
            *TITLE_PHRASE_RE.finditer(text, head, apposition.end()),
        ]
        heads = [t for t in titles if _HEAD_WORDS_RE.fullmatch(text, head, t.start())]
        if not heads:
            return None  # the title heads the phrase (`the Ukrainian Ambassador`), not `the meeting with
            # the Minister, X` (whose subject is the meeting)
        if VERB_IN_PHRASE_RE.search(text, min(t.end() for t in heads), apposition.end()):
            return None  # `The Secretary General met the Minister of Defence, Mr X`: a clause, not a title
        name_start = apposition.end()
        article = _ARTICLE_RE.match(text, name_start, limit)  # `…, le général X`
        rank = TITLE_RE.match(text, article.end() if article else name_start, limit)  # `, Major General X`
        rank_end = (
            nationality_after(text, rank.end(), limit) if rank is not None else 0
        )  # `le colonel américain`
        if rank is not None and text[rank_end : rank_end + 1].isspace():
            name_start = rank_end + 1
        honorific = _HONORIFIC_AFTER_RANK_RE.match(
            text, name_start, limit
        )  # `, General Sir X`, `General Dr. X`
        name_start = honorific.end() if honorific is not None else name_start
        index = bisect.bisect_left(self._starts, name_start)
        named = self._person_mentions[index] if index < len(self._starts) else None
        if named is None or named.start != name_start or named.end > limit:
            return None
        return position, named.end

    def phrase_after_cue(
        self, text: str, position: int, limit: int, clause_end: re.Pattern[str] | None = None
    ) -> tuple[int, int] | None:
        """`phrase_at` (unless it names a body only), else a description holding a title, then the person's
        name, right after a verb of saying (`said the Belgian detachment Commander Captain Davy
        Blancquaert`, `says Spanish Detachment Commander, Lt Col X`, `said ARRC spokesman Major X`): at most
        one comma, no other punctuation and no other person between; the name right after a title or a
        comma; `for one's part` before it is skipped (`PART_RE`). Only after a cue: elsewhere such words
        may hold a verb (`The Minister met General X`). `clause_end` is what must follow a name after a
        title holding commas (default `CLAUSE_END_RE`, the sentence's end)."""
        part = PART_RE.match(text, position, limit)
        position = part.end() if part is not None else position
        phrase = self.phrase_at(text, position, limit)
        if phrase is not None and not self._body_only(text, phrase) and self._within(*phrase):
            return phrase
        while position < limit and text[position].isspace():
            position += 1
        description = described(text, position, limit, self._within)
        if phrase is not None and not self._body_only(text, phrase):  # a title: its holder named after
            # commas inside it (`la représentante spéciale … pour les femmes, la paix et la sécurité, Mme X`)
            ends = (
                (clause_end or CLAUSE_END_RE).match(text, description[1]) if description is not None else None
            )
            ends = ends or (SETTING_AFTER_RE.match(text, description[1]) if description is not None else None)
            return description if ends is not None else phrase
        if description is None:  # `said U.S. Air Force pilot X`: the body's member; `said Willard freshman X`
            head, noun = (
                (phrase[0], _MEMBER_NOUN_RE.match(text, phrase[1], limit))
                if phrase is not None
                else (position, _DESCRIPTOR_RE.match(text, position, limit))
            )
            named = self._within(noun.end(), limit) if noun is not None else []
            if noun is not None and named and named[0].start == noun.end():
                return head, named[0].end
        cut = _CUT_NAME_RE.match(text, position) if description is None and phrase is None else None
        if cut is not None:  # `said an enthusiastic Rie`: a surname the excerpt's end cuts
            return cut.span("name")
        return description or phrase  # `said ARRC spokesman Major X`: the spokesman, not the body

    def _body_only(self, text: str, phrase: tuple[int, int]) -> bool:
        """True when `phrase` names a body only (`ARRC`, `the Council`): no person, title or pronoun."""
        return not (
            self._within(*phrase)
            or HONORIFIC_RE.match(text, *phrase)
            or PRONOUN_RE.fullmatch(text, *phrase)
            or TITLE_PHRASE_RE.match(text, *phrase)
            or NOMINAL_SPEAKER_RE.match(text, *phrase)
        )
