"""Speaker phrases that end at a position, as a cue's subject does (`X said`, `Le secrétaire général, M. X,
a déclaré`, `General X, Commander NRDC-Italy said`), over the person and organisation mentions
natopress.draft.mentions suggests; natopress.draft.speakerphrases adds the phrases that start at one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from natopress.draft.collective import OrgMention, collective_before
from natopress.draft.commas import (
    apposed_name_before_comma,
    name_then_appositions,
    named_before_body,
    phrase_end,
    subject_before_comma,
)
from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import TITLE_RE
from natopress.draft.phrases import (
    APPOSED_RELATIVE,
    APPOSED_TITLE_RE,
    ASIDE_RE,
    INDEFINITE_RE,
    POSSESSOR_RE,
    POST_NOMINALS_RE,
    RELATIVE_PRONOUN_RE,
    TITLE_POSSESSOR_RE,
    VERB_IN_PHRASE_RE,
    body_word_ends,
    nominal_before,
    titled_start,
)
from natopress.draft.speech import (
    HONORIFIC_RE,
    HONORIFICS,
    PRONOUN_RE,
)
from natopress.model import EntityType
from natopress.text.sentences import trim

_AFFILIATION_RE = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|\d+(?:st|nd|rd|th)|of|for|and|in|on|the))*?\s*"
)
"""A person's affiliation after the name: `of Columbia University in New York`, `from the NATO Defense
College`, `from Ostravian 12th Signal Battalion` (capitalised words, ordinals and `of`, `for`, `and`, `in`,
`on`, `the`)."""
_POST_WORDS = r"(?:[A-Z][\w’'.&/-]*[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*){0,6}?[A-Z][\w’'.&/-]*"
_SET_OFF_POST_RE = re.compile(
    rf"[^\S\n]+[-–—][^\S\n]+{_POST_WORDS}[^\S\n]+[-–—]|,[^\S\n]+{_POST_WORDS},(?=[^\S\n]+(?:of|from)[^\S\n])"
)
"""A post set between dashes after the name, capitalised words and `of`, `for`, `and`, `the` only
(`Brigadier X – Deputy Commander Logistics – stressed`), or between commas before an affiliation
(`Colonel X, Chief Engineer, from the Ostravian Army said`)."""
_LEAD_RE = re.compile(r"[^,;:«»“”\"\n]{1,80},\s*")
"""A lead closed by its comma before the clause's subject (`Speaking after the march, `)."""
_PARTICIPLE_OBJECT_RE = re.compile(
    r"(?P<comma>,)?\s*(?<![\w’'-])(?:when|while|after|before|upon|in|by)\s+(?:personally\s+)?[a-z]+ing\s+\Z"
)
"""A participle after `when`, `while`, `after` right before a phrase (`, while thanking Colonel X`): the phrase
is its object, no subject."""
_WITH_SETTING_RE = re.compile(
    r"(?<![\w’'-])(?:in|during|at|after|following|lors|pendant|au\s+cours|à\s+l['’]issue)(?![\w’'-])"
    r"[^,;:.!?«»“”\"\n]{0,60}?(?<![\w’'-])(?:with|avec)\s+\Z",
    re.IGNORECASE,
)
"""A setting that ends on `with`/`avec` right before a phrase (`in his meeting with President X this morning`,
`lors de son entretien avec M. X`): the phrase is whom the speaker met, the speaker stands before the setting."""
_RELATIVE_SUBJECT_RE = re.compile(r"\s*,?\s*(?<![\w’'-])(?:qui|who)\Z")
"""A relative pronoun as the cue's subject (`…, qui a ajouté`, `… who said`): its antecedent speaks."""
_PROPER_MODIFIERS_RE = re.compile(
    r"[^\S\n]+(?:of|from|since|in|at)"
    r"(?:[^\S\n]+(?:of|from|since|in|at|the|and|(?-i:[A-Z][\w’'.&-]*)|\d{1,4}))+\Z"
)
"""Prepositional phrases of proper nouns and numbers between a name and its relative pronoun (`Commander X of
the Royal Netherlands Navy since January 2015 who said`): the name is still the antecedent."""
_RELATIVE_BEFORE_CUE_RE = re.compile(rf"(?:{APPOSED_RELATIVE},?|[^\S\n]+who[^\S\n][^,;:«»“”\"\n]{{1,80}})\Z")
"""A relative clause between a subject and its verb, set off by commas (`X, qui a commandé …, a déclaré`) or,
in English, not (`Mr X who presided over the ceremony said`)."""

_OPEN_RELATIVE_RE = re.compile(r"(?<![\w’'-])(?:qui|who|whom)\s[^,;:.«»“”\"\n]*\Z", re.IGNORECASE)
"""A relative clause still open right before a name (`qui a rencontré le général `): the name is its object."""


class PhraseBeforeFinder:
    """The person mentions of one release (sorted by start, longest first, so lookups by position are
    bisections) and its organisation mentions, indexed by start and end; the speaker phrase ending at a
    position."""

    def __init__(self, mentions: Sequence[FoundMention]) -> None:
        self._person_mentions = sorted(
            (m for m in mentions if m.type is EntityType.PER), key=lambda m: (m.start, -m.end)
        )
        self._starts = [m.start for m in self._person_mentions]
        self._by_end: dict[int, list[FoundMention]] = {}
        self._by_entity: dict[str, list[int]] = {}
        for mention in self._person_mentions:
            self._by_end.setdefault(mention.end, []).append(mention)
            self._by_entity.setdefault(mention.entity, []).append(mention.start)
        self._organisations = [
            OrgMention(m.start, m.end, m.entity) for m in mentions if m.type is EntityType.ORG
        ]
        self._org_by_end: dict[int, list[OrgMention]] = {}
        self._org_by_start: dict[int, list[OrgMention]] = {}
        for org in self._organisations:
            self._org_by_end.setdefault(org.end, []).append(org)
            self._org_by_start.setdefault(org.start, []).append(org)

    def persons_within(self, start: int, end: int) -> list[FoundMention]:
        """The person mentions inside `[start, end)`, in order."""
        return self._within(start, end)

    def named_at(self, entity: str) -> list[int]:
        """Where the person mentions linked to `entity` start (code points, in order); empty when none."""
        return self._by_entity.get(entity, [])

    def _within(self, start: int, end: int) -> list[FoundMention]:
        """The person mentions inside `[start, end)`, in order."""
        low, high = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self._person_mentions[low:high] if m.end <= end]

    def phrase_before(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """The speaker phrase ending at `position` (before white space and an adverb or clitic: `He also
        said`, `X meanwhile said`, `Il y a déclaré`), not starting before `lower`; not the object of a
        participle after `when`, `while` (`Y, while thanking Colonel X said`: Y, the phrase before the
        participle's comma, or None)."""
        found = self._phrase_before(text, lower, position)
        setting = _WITH_SETTING_RE.search(text, max(lower, found[0] - 80), found[0]) if found else None
        if setting is not None:  # `the Secretary General in his meeting with President X this morning said`
            return self._phrase_before(text, lower, trim(text, lower, setting.start())[1])
        participle = (
            _PARTICIPLE_OBJECT_RE.search(text, max(lower, found[0] - 40), found[0]) if found else None
        )
        if participle is None:
            return found
        return self._phrase_before(text, lower, participle.start()) if participle["comma"] else None

    def _phrase_before(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """`phrase_before` without its check of a participle's object."""
        position = phrase_end(text, self._by_end, lower, position)
        relative = _RELATIVE_SUBJECT_RE.search(text, max(lower, position - 8), position)
        if relative is not None:  # `a déclaré le secrétaire général, qui a ajouté :`: the antecedent
            antecedent = self.phrase_before(text, lower, relative.start())
            modifiers = _PROPER_MODIFIERS_RE.search(
                text, max(lower, relative.start() - 120), relative.start()
            )
            if antecedent is None and modifiers is not None:
                antecedent = self.phrase_before(text, lower, modifiers.start())
                antecedent = antecedent if antecedent is not None and self._within(*antecedent) else None
            return None if antecedent is None or PRONOUN_RE.fullmatch(text, *antecedent) else antecedent
        for match in HONORIFIC_RE.finditer(text, lower, position):
            if match.end() == position:
                return match.start(), match.end()
        for mention in self._by_end.get(position, ()):
            if mention.start >= lower:  # `le secrétaire général de l’OTAN M. X`: a title, an honorific
                return titled_start(text, lower, mention.start, rf"\s+(?:{HONORIFICS}\s+)?"), mention.end
        apposed = self._name_then_title(text, lower, position)  # `General X, Commander NRDC-Italy said`
        collective = collective_before(text, lower, position, self._org_by_end.get(position, ()))
        if collective is not None and apposed is None:  # `Le Conseil de l’Atlantique Nord a déclaré`
            named = named_before_body(text, self._by_end, lower, collective)
            # `X – post – from the Y Unit said`: the name with its affiliation, not the unit
            return named or self._name_of_affiliation(text, lower, position) or collective
        found = (
            apposed or nominal_before(text, lower, position) or self._apposed_before(text, lower, position)
        )
        relative = _RELATIVE_BEFORE_CUE_RE.search(text, max(lower, position - 160), position)
        if found is None and relative is not None:  # `Le général X, qui a commandé la mission …, a déclaré`
            found = self.phrase_before(text, lower, relative.start())
            # `X, the NMI Chief of Staff, who …, underlined`; no comma before `who` in `Mr X who presided … said`
            comma = text.find(",", relative.start(), position) + 1
            if comma and (found is None or not self._within(*found)):
                found = self._name_then_title(text, lower, comma)
            return found if found is not None and self._within(*found) else None
        return (
            found  # `the Corps’s commander, Lieutenant General Sir X, said`; `Col. X, stated that`
            or apposed_name_before_comma(text, self._by_end, lower, position)
            or subject_before_comma(text, self._by_end, lower, position)
            or name_then_appositions(text, self._by_end, lower, position)
            or self._name_of_affiliation(text, lower, position)
        )

    def _name_of_affiliation(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """A name opening the clause at `lower` (maybe after a lead: `_LEAD_RE`), then its affiliation right
        before the cue (`Jason X of Columbia University in New York emphasized`, `X from the NATO Defense
        College said`), its post
        set off before it, or both (`X – Chief Engineer – from the Ostravian Army said`): the name."""
        for mention in self._within(lower, position):
            start = titled_start(text, lower, mention.start, r"\s+")
            if text[lower:start].strip() and not _LEAD_RE.fullmatch(text, lower, start):
                return None
            post = _SET_OFF_POST_RE.match(text, mention.end, position)
            after = post.end() if post is not None else mention.end
            affiliated = _AFFILIATION_RE.fullmatch(text, after, position) or (post and after == position)
            if affiliated and not self._within(mention.end, position):
                return start, mention.end
            return None
        return None

    def _name_then_title(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """`Admiral Rob Bauer, Chair of the Military Committee` / `Prof. X, Ukrainian Deputy Minister for
        Education and Science` ending at `position`: a person's name, a comma, and a title set in
        apposition after it without an article (capitalised words and `of`/`for`/`and`/`de` only)."""
        for mention in reversed(self._within(lower, position)):
            honours = POST_NOMINALS_RE.match(text, mention.end, position) or ASIDE_RE.match(
                text, mention.end, position
            )  # `Peter Hudson CB CBE, Commander`, `X (US Navy), Commander of SNMG2 said`
            gap = APPOSED_TITLE_RE.fullmatch(text, honours.end() if honours else mention.end, position)
            if gap is None or (gap["article"] and not gap["close"]):
                continue
            possessor = TITLE_POSSESSOR_RE.match(
                gap["title"]
            )  # `NATO Secretary General’s Special Representative`
            start = titled_start(text, lower, mention.start, r"\s+")
            if _OPEN_RELATIVE_RE.search(text, lower, start):
                return None  # `Le ministre, qui a rencontré le général X, chef …, a déclaré`: the relative's object
            if (
                TITLE_RE.match(gap["title"])
                or any(TITLE_RE.match(gap["title"], end) for end in body_word_ends(gap["title"]))
                or (possessor and TITLE_RE.match(gap["title"], possessor.end()))
            ):
                return start, mention.end
            if gap["close"] and self._description(gap, mention.end, position):
                return start, mention.end
            return None  # the nearest name only
        return None

    def _description(self, gap: re.Match[str], start: int, end: int) -> bool:
        """True when the apposition `gap` (between `start` and `end`) describes the name before it with an
        article or a possessor and no verb, relative pronoun or other name (`Capt. X, a Danish pilot,
        explained`, `X, the detachment's doctor, said`, `General X, NATO's top operational commander,
        said`, `X, un pilote danois, a expliqué`)."""
        words, indefinite = gap["title"], INDEFINITE_RE.match(gap["title"])
        words = words[indefinite.end() - 1 :] if indefinite else words  # `a` is no verb here
        return bool(
            (gap["article"] or indefinite or POSSESSOR_RE.match(gap["title"]))
            and not VERB_IN_PHRASE_RE.search(words)
            and not RELATIVE_PRONOUN_RE.search(words)
            and not self._within(start + 1, end)
        )

    def _apposed_before(self, text: str, lower: int, position: int) -> tuple[int, int] | None:
        """`The Minister, Tomas Reyel,` / `Le secrétaire général, M. X,` ending at `position`: a title and a
        name (after its honorific, or words describing it: `the head of the Detachment, Spanish Army
        Major X,`) set off by commas."""
        if position > lower and text[position - 1] == ",":
            inner = self.phrase_before(text, lower, position - 1)
            if (
                inner is not None
                and re.search(
                    rf",\s*(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{HONORIFICS}\s+)?$", text[lower : inner[0]]
                )
                and not PRONOUN_RE.fullmatch(text, *inner)
            ):
                return titled_start(text, lower, inner[0], r",\s*"), inner[1]
        return None
