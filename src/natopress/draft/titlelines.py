"""A release's title lines: which line looks like a title, and how far a title broken over lines goes
(`natopress.draft.segmenter` places it among the page's other segments)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.according import ACCORDING_RE, FOR_PERSON_RE
from natopress.draft.chrome import PRESS_RELEASE_RE
from natopress.draft.dates import MONTH_ALT, PLACE, WEEKDAY_DATE_RE, WEEKDAYS, date_alone
from natopress.draft.lines import Line, continues_paragraph, final_character
from natopress.draft.namewords import HEADLINE_VERBS, TITLE_RE, title_cased
from natopress.draft.speech import HONORIFICS
from natopress.text.marks import open_marks

TITLE_MAX_CHARS = 250

_FINAL_PUNCTUATION = ".:;,"
_INITIALS_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\s*\Z")
"""Initials ending a line (`Washington D.C.`): their full stops close no sentence."""
BYLINE_RE = re.compile(r"(?:by|with|par|avec|du|de\s+la|de\s+l['’]|des)\s", re.IGNORECASE)
"""The opening of a speech's by-line under its title (`by NATO Secretary General …`, `du secrétaire …`,
`with NATO Secretary General … and the Prime Minister …`)."""
ISSUED_BY_RE = re.compile(r"(?:issued|publié|publiée)\s+(?:by|par)\s", re.IGNORECASE)
"""The opening of a declaration's by-line (`Issued by the Heads of State and Government …`)."""
_CREDIT_RE = re.compile(
    r"(?:(?:story|text|photos?|article|words|report|reporting)\s+(?:by|based\s+on)|by)\s", re.IGNORECASE
)
"""A credit line opening a command site's page (`Story by U.S. Army Sgt. …`, `Story based on information
provided by …`, `By Lt Col X`): no title."""

_QUOTED_TITLE_RE = re.compile(
    r"[^.!?«»“”\"\n]{3,200}[:–—-]\s*(?:[«“\"]|['’]{2})[^«»“”\"\n]{1,200}(?:[»”\"]|['’]{2})\.?"
)
"""A headline closing with a quotation set off by a colon or a dash, its full stop inside the marks (`Le
secrétaire général … aux soldats de la FIAS : « Votre rôle a été déterminant. »`) or after them (`… déclare
: « La Crimée fait partie de l'Ukraine ».`), also marks typed as two apostrophes (`NATO Secretary General:
''Diplomacy is the only way.''`)."""


def looks_like_title(line: str) -> bool:
    """Short, no final period/colon (but inside a closing quotation after a colon or dash, or initials':
    `Washington D.C.`), not opening lower-case, no credit line (`Story by …`), dateline or lead paragraph's
    date (`Ce mercredi (19 novembre 2025), …`), press contact (`CONTACT: CDR X`) nor interview turn (`Q: …`): a
    title rather than a paragraph or a by-line."""
    return (
        len(line) <= TITLE_MAX_CHARS
        and (
            final_character(line) not in _FINAL_PUNCTUATION
            or _QUOTED_TITLE_RE.fullmatch(line) is not None
            or _INITIALS_END_RE.search(line) is not None  # `… à Washington D.C.`
        )
        and not line.startswith("(")
        and not (
            line[0].islower()
            and _LOWER_ACRONYM_RE.match(line) is None
            and _LOWER_HEADLINE_RE.fullmatch(line) is None
        )  # `by NATO Secretary General …` opening a page whose title was lost; not `eFP site visits …`
        and PRESS_RELEASE_RE.match(line) is None
        and _CREDIT_RE.match(line) is None
        and _DATELINE_LINE_RE.match(line) is None
        and WEEKDAY_DATE_RE.match(line) is None
        and not date_alone(line)
        and not _place_colon_date(line)
        and _CONTACT_RE.search(line) is None
        and _INTERVIEW_LABEL_RE.match(line) is None
        and not (PLACE_PAIR_RE.fullmatch(line) and len(line.split()) <= 3)  # `Kabul, Afganistan` under
    )  # the date: a dateline's place, never a title


_INTERVIEW_LABEL_RE = re.compile(r"(?:Q|Question|A|Answer|R|Réponse)[^\S\n]*:[^\S\n]")
"""An interview's question or answer label opening the line (`Q: Vous venez d'assister …`): a turn of the
transcript, never its title."""
_CONTACT_RE = re.compile(r"(?-i:\bCONTACT|\bContact)\s*:")
"""A press contact's label (`No. 12` and many spaces, then `CONTACT: CDR X`): the release's by-line, `body`,
never its title."""


PLACE_PAIR_RE = re.compile(rf"(?-i:{PLACE}, {PLACE})")
"""A line that is a place and its region or country, nothing else (`Hoyo de Manzanares, Madrid`, `Kabul,
Afganistan`): where the event was, never a title."""


_PLACE_COLON_RE = re.compile(rf"(?-i:{PLACE})(?:,[^\S\n]+(?-i:{PLACE}))?[^\S\n]*:[^\S\n]+")
"""A place, maybe its country, and a colon opening a line (`Pristina, Kosovo: `)."""


def _place_colon_date(line: str) -> bool:
    """True for a place, maybe its country, a colon and one date (`Pristina, Kosovo: June 10, 2014`): a
    dateline on a line of its own, never a title."""
    place = _PLACE_COLON_RE.match(line)
    return place is not None and date_alone(line[place.end() :])


_LOWER_ACRONYM_RE = re.compile(r"[a-z]{1,2}[A-Z]{2,}(?![\w’'-])")
"""An acronym opening in lower case (`eFP`, `eNRF`): a title may open on it."""
_LOWER_HEADLINE_RE = re.compile(
    r"(?!(?:by|par|and|or|but|et|ou|mais|of|at|the|to|de|du|des|la|le|les|à|au|aux|for|in|on|with|from|as|that"
    r"|que|qui|which|who)(?![\w’'-]))[a-z][\w’'-]*(?:[^\S\n]+[^\s]+){3,}(?<=[A-Za-zÀ-ÿ])"
)
"""A headline typed in lower case, its first word no function word nor a by-line's `by`, four words or
more, closing on a letter (`media day at the Combined Air Operations Centre in Velgrad`): a title may open
on it; a line's stray words (`at the`, `of the`) may not."""
_DATELINE_LINE_RE = re.compile(
    rf"[A-ZÀ-Ý][^,\n]{{1,40}},\s+[^,\n]{{1,40}}(?:\s[–—-]\s|,\s+(?:{WEEKDAYS})\b)"
    r"|[A-ZÀ-Ý][^,\n]{1,40},\s+[^,(\n]{1,40}\([^()\n]{1,30}\)\s*[–—-]\s"
    r"|(?-i:[A-ZÀ-Ý]{2}[A-ZÀ-Ý’'.-]*(?:\s+[A-ZÀ-Ý]{2}[A-ZÀ-Ý’'.-]*){0,2})\s+[–—-]\s(?=[^\n]{100})"
    rf"|(?-i:{PLACE})\s+[–—-]\s+(?:from|on|between|during)\s+(?:(?:{MONTH_ALT})\s+\d|\d{{1,2}}\s)",
    re.IGNORECASE,
)
"""A place, its country, then a dash or a weekday (`Amari Air Base, Estonia – The first exercise`,
`Brunssum, the Netherlands, Thursday the 11th of June`, `IZMIR, Turkey (August 23, 2019) — Friday …`), or a
place in capitals and a dash before a paragraph's length of words (`PRISTINA - KFOR and …`, not `SACEUR -
LANDCOM is first line of defence`), or a place and a dash before a day (`Velgrad – From May 4 to 6, 2021 …`,
`Ostravia - On 12 March …`): a dateline opening the body, not a title."""


_ONE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*\s*")
"""A title line of one word, naming a statement or not: the by-line under it completes it (`Déclaration` /
`du secrétaire général de l’OTAN à l’issue de la réunion`, `Visite` / `du Secrétaire général en
Slovaquie`)."""


_SOURCE_TITLE_RE = re.compile(
    rf"(?:{ACCORDING_RE.pattern}|{FOR_PERSON_RE.pattern})(?:the|le|la|les|l['’]|M\.|Mme)\s*[^,.\n]{{2,80}},\s+\w",
    re.IGNORECASE,
)
"""A headline giving whose view it reports before a comma, as a body's sentence does (`according.ACCORDING_RE`,
`FOR_PERSON_RE`: `Selon le secrétaire général, la sécurité de l'Ostravie passe par …`, `Pour le secrétaire
général, l'OTAN est …`)."""


def stop_title(line: str, before_date: bool) -> bool:
    """True for a short line of one sentence closed by a full stop that is a title: right above the date
    block (`End of 2014 Marks Hand-Over of NATO’s Baltic Air Policing.` / `Jan 1, 2015`), or, 150 code
    points at most, in title case (`namewords.title_cased`: `NATO Honours the Fallen of All Allies at the
    Velgrad Memorial Service.`) or giving whose view it reports (`_SOURCE_TITLE_RE`); a lead sentence (`Mr X,
    Secretary of State …, made his first visit …`) has lower-case words of its own. Its stop is kept."""
    head = line[:-1]
    if final_character(line) != "." or not looks_like_title(head):
        return False
    if before_date:
        return True
    return (
        len(line) <= 150
        and re.search(r"[.!?]\s", head) is None
        and (_SOURCE_TITLE_RE.match(head) is not None or title_cased(head))
    )


def _byline(line: str) -> bool:
    """True for a speech's by-line (`BYLINE_RE`) naming a title or honorific in its first words (`du
    secrétaire général …`), not a title's second line (`de la FIAS dirigée par l'OTAN`, `des ministres de
    la Défense`: a plural names a meeting's level, no speaker)."""
    return (
        BYLINE_RE.match(line) is not None
        and not line.lower().startswith("des ")
        and TITLE_RE.search(line, 0, _BYLINE_TITLE_REACH) is not None
    )


_BYLINE_TITLE_REACH = 60
"""How far into a by-line its speaker's title or honorific stands (code points)."""
_VENUE_MAX_CHARS = 40
"""The longest line of a venue over a speech's date (`NATO HQ`, `Palace, Bruxelles`; code points)."""


def venue_over_date(found: Sequence[Line], k: int) -> bool:
    """True when line `k` of `found`, maybe with up to three more short lines, stands over a date alone that a
    title and its by-line follow (`NATO HQ` ⏎ `Brussels` ⏎ `3 March 2005` ⏎ `Press briefing` ⏎ `by the NATO
    Spokesman`; its occasion wrapped over it: `At the` ⏎ `Opening of the` ⏎ `Velgrad Library` ⏎ `NATO HQ` ⏎
    `14 Mar. 2000` ⏎ `Remarks` ⏎ `by …`): the place of a speech on the older site's pages, not their title."""
    for j in range(k + 1, k + 5):
        if j + 2 < len(found) and date_alone(found[j].text) and _byline(found[j + 2].text):
            return all(len(line.text) <= _VENUE_MAX_CHARS for line in found[k:j])
    return False


STATEMENT_WORDS = (
    "Déclaration|Discours|Allocution|Intervention|Message|Communiqué|Statement|Speech|Remarks|Address"
)
"""Nouns naming a statement that head a title or a heading (`Déclaration du secrétaire général …`)."""
_STATEMENT_TITLE_RE = re.compile(rf"(?:[\w’'-]+\s+){{0,2}}(?:{STATEMENT_WORDS})\s", re.IGNORECASE)
"""A title naming a statement (`Press statement by …`, `Statement by NATO Secretary General …`)."""
_OCCASION_RE = re.compile(r"(?:at|on|during|following|after|before|à|au|aux|lors|devant|en)\s")
"""A preposition opening the line that gives a statement's occasion (`at the press point with …`)."""
_ACRONYM_COMPOUND_RE = re.compile(r"[A-Z]{2,}[-‑][A-ZÀ-Ý][\w’'-]*\s+(?:et|and|sur|on|of|de|du|des|in|en)\s")
"""An acronym's compound opening a line, then a lower-case word (`OTAN-Ostravie en matière de …`): the
complement of a title's last noun on the line above (`Nouvelle feuille de route pour la coopération`)."""
_OPEN_END_RE = re.compile(
    rf"(?:^|\s)(?:and|or|of|the|for|to|in|on|with|at|et|de|du|des|la|le|les|à|en|au|aux|pour|avec|{HEADLINE_VERBS}"
    r"|(?<=s\s)(?:discuss|meet|visit|welcome|address|review|sign|approve|launch|condemn|reaffirm|underline"
    r"|stress|urge|assess|examine))$"
    rf"|\w['’]s$|(?:^|\n)[^‘'\n]*[^\W\d_]['’]$|\s[-–—]$|(?:^|\s)(?-i:{HONORIFICS}|Lord|Baroness)$",
    re.IGNORECASE,
)
"""A title line ending on a word that needs what follows, also alone on it (`The` / `Future of Partnership`; `Secretary General visits` / `Bosnia and
Herzegovina and` / `Kosovo`, a plural subject's verb: `Defence Ministers discuss` / `NATO's operation in
Afghanistan`, a possessive: `Algeria's participation in NATO's` / `Mediterranean
Dialogue`, `The Allies’` / `views on …`, not a single mark closing a quotation opened in its line), or a
dash (`ISAF Soldiers Attacked in Kabul -` / `One Killed Four Injured`), or an honorific before its name
(`Lord` / `Robertson calls for …`, a page wrapped at a fixed width): the next line goes on with it,
whatever its case."""


_NAME_LINE_RE = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*){0,2}")
"""A line of one to three capitalised words and nothing else: the end of a name that a title wrapped at a
fixed width carries over (`… son appui à l'opération` / `Active Endeavour`)."""


_SUMMARY_RE = re.compile(
    r"Chair(?:man|woman|person)?[’']s\s+[Ss]ummary\s*"
    r"|Résumé\s+du\s+président(?:e)?\s*|Résumé\s+de\s+la\s+présidence\s*"
)
"""A chair's summary's heading, `Summary` in either case: like a title of one word, the line under it
completes it (`Chairman's Summary` / / `of the meeting of the Euro-Atlantic Partnership Council`,
`Chairwoman’s summary` / / `of the session …`)."""


def _carried_name(text: str, title: Line, line: Line) -> bool:
    """True when `line` is the end of a name carried over from a title without final punctuation
    (`_NAME_LINE_RE`), the body's first line of prose right under it (a page wrapped at a fixed width, no
    blank line): not a site's label over links (`Multimédia` / `20/05/2005 - NATO`, `Media Advisory`)."""
    following = text[line.end :].split("\n", 2)
    after = following[1] if len(following) > 1 else ""
    return (
        _NAME_LINE_RE.fullmatch(line.text) is not None
        and title.text[-1].isalpha()
        and len(after) >= _PROSE_LINE_CHARS
        and len(_LOWER_WORD_RE.findall(after)) >= 3
    )


_PROSE_LINE_CHARS = 50
"""The shortest line of prose a page wrapped at a fixed width opens its body with (code points)."""
_LOWER_WORD_RE = re.compile(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*")
"""A lower-case word: three make a line prose, not a list of links or dates."""


def _continues_title(text: str, title: Line, line: Line) -> bool:
    """True when `line` is the second line of a title broken over two (`NATO ambassadors see progress` /
    `in Afghanistan`): right on the next line (no blank line between, but after a title of one word,
    `_ONE_WORD_RE`: `Déclaration` / / `du Secrétaire général …`, or a statement's occasion: `Statement by …`
    / / `at the press point with …`), opening lower-case (or both in capitals: `MEETING OF NATO … IN` /
    `SICILY` / `ON 20-22 AUGUST 1994`, or an acronym's compound after a line ending in lower case,
    `_ACRONYM_COMPOUND_RE`, or after a line ending on a word that needs what
    follows, `_OPEN_END_RE`, or inside a quotation still open: `agree on “NRC-MR Framework for NATO-Russia`
    / `Military-To-Military Cooperation”`), short and without final
    punctuation, no speech's by-line (`du secrétaire général …`) unless the title is one word (`Remarks` /
    `by NATO Secretary General …`: read with the word before it, no credit line), and the two no longer than
    a title."""
    one_word = _ONE_WORD_RE.fullmatch(title.text) is not None or _SUMMARY_RE.fullmatch(title.text) is not None
    occasion = _STATEMENT_TITLE_RE.match(title.text) is not None and _OCCASION_RE.match(line.text) is not None
    return (
        text.count("\n", title.end, line.start) in ((1, 2) if one_word or occasion else (1,))
        and (
            line.text[0].islower()
            or (title.text.isupper() and line.text.isupper())  # a title in capitals over several lines
            or _OPEN_END_RE.search(title.text) is not None
            or (title.text[-1].islower() and _ACRONYM_COMPOUND_RE.match(line.text) is not None)
            or open_marks(text, title.start, title.end) > 0
            or _carried_name(text, title, line)
        )
        and (not _byline(line.text) or one_word)
        and ISSUED_BY_RE.match(line.text) is None
        and looks_like_title(
            f"{title.text} {line.text}" if one_word else line.text[0].upper() + line.text[1:]
        )
        and line.end - title.start <= TITLE_MAX_CHARS
    )


def title_end(text: str, found: Sequence[Line], k: int, kicker: bool) -> tuple[int, int]:
    """The index of the title's last line and its end, for a title opening at line `k`: the line itself,
    or also the next ones when the title is broken over them (`Chiefs of Defence discuss` / `operations,
    …`; `Press Statement` / `for the Meeting …` / `in Defence Ministers Session …`), up to
    `TITLE_MAX_CHARS`, or the next one after a kicker (`is_kicker`)."""
    start, end = found[k].start, found[k].end
    if kicker or (k + 1 < len(found) and _continues_title(text, found[k], found[k + 1])):
        k, end = k + 1, found[k + 1].end
        while (
            not kicker
            and k + 1 < len(found)
            and _continues_title(text, Line(start, end, text[start:end]), found[k + 1])
        ):
            k, end = k + 1, found[k + 1].end
    return k, end


def opens_paragraph(text: str, found: Sequence[Line], k: int, kicker: bool) -> bool:
    """True when the would-be title opening at line `k` (`title_end`) of a page wrapped at a fixed width
    (`wrapped_at_width`) is the head of a paragraph: the line right after its last goes on with its
    sentence (`Une` / `réunion extraordinaire du Conseil …` / `s'est tenue le 18 juin`,
    `continues_paragraph`) or it holds a second sentence (`_SECOND_SENTENCE_RE`), and the lines up to the
    next blank line are longer than a title. Such a page
    (NATO Update, 1999–2001) has no title line; a title broken over four lines (`PfP Trust Fund` / … /
    `in Ukraine`) is still one."""
    last, end = title_end(text, found, k, kicker)
    if last + 1 >= len(found):
        return False
    whole = Line(found[k].start, end, text[found[k].start : end])
    block = _BLANK_LINE_RE.search(text, found[k].start)
    return (
        continues_paragraph(text, whole, found[last + 1])
        or _SECOND_SENTENCE_RE.search(whole.text) is not None
    ) and (block.start() if block is not None else len(text)) - found[k].start > TITLE_MAX_CHARS


_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
_SECOND_SENTENCE_RE = re.compile(r"[a-z0-9]{2}\.\s+[A-Z][a-z]+\s")
"""A full stop after a word and the next sentence's first word (`… October 1995. About 400`): a
would-be title holding it is a paragraph's head (`opens_paragraph`)."""


_KICKER_MAX_CHARS = 80
"""The longest first line of a title set off by a colon (code points): a few words, never a sentence."""


def is_kicker(text: str, line: Line, following: Line) -> bool:
    """True when `line` opens a title broken after a colon (`First time in history:` / `Virtual change of
    command ceremony at JFC Brunssum`): short, capitalised, ending with the colon, and a title-like line
    right on the next line (no blank line between), the two no longer than a title."""
    return (
        len(line.text) <= _KICKER_MAX_CHARS
        and line.text.endswith(":")
        and line.text[0].isupper()
        and text.count("\n", line.end, following.start) == 1
        and looks_like_title(following.text)
        and following.end - line.start <= TITLE_MAX_CHARS
    )


_GLUED_TITLE_RE = re.compile(
    rf"(?:[\w’'-]+\s+){{0,2}}(?:{STATEMENT_WORDS}|Dclaration)\s[^\n!?«»“”\"]{{3,250}}?[a-zà-ÿ]"
    r"(?=(?:Le|La|Les|L['’]|Je|Nous|Il|Elle|Aujourd|Après|Suite|The|Today|I|We|On|In|At|After|Following)\b)"
)
"""A statement's heading glued to its first sentence, the line break lost (`Déclaration du Secrétaire
général … crimes de guerreLe 2 août, la SFOR …`, `Dclaration du Secrtaire gnralJe tiens …`, `Statement on
the Ostravian Border MissionFollowing a review, …`)."""


def glued_title(line: str) -> int | None:
    """The length (code points) of a statement's heading that opens `line` glued to the first sentence
    (`_GLUED_TITLE_RE`), or None."""
    match = _GLUED_TITLE_RE.match(line)
    return match.end() if match is not None else None


_DOCUMENT_LABEL_RE = re.compile(
    r"\b(?:statement|communiqu[eé]|d[ée]claration|declaration|summary|résumé)\b", re.IGNORECASE
)
"""A document's kind (`Final statement`, `Communiqué final`, `Press Summary`): the title over its occasion
line, no section."""


def section_label(
    text: str, found: Sequence[Line], k: int, run_starts: dict[int, int], seen_content: bool
) -> bool:
    """True for a site section's label of three words at most over the page's title, a blank line between,
    the title right above nato.int's bulleted date block (`On the Agenda` / `Brussels Summit, 14 June 2021`
    / `• 14 Jun. 2021 -`): chrome; the title is the line the date block follows (not a by-line over a
    periodical's issue line: `Un détachement isolé` / `Sgt Marc Dubois` / `Première publication …`; nor
    a declaration's by-line: `Riga Summit Declaration` / `Issued by the Heads of State …`)."""
    return (
        not seen_content
        and k + 2 in run_starts
        and found[k + 2].text.lstrip().startswith("•")
        and k + 1 not in run_starts
        and len(found[k].text.split()) <= 3
        and text.count("\n", found[k].end, found[k + 1].start) > 1
        and looks_like_title(found[k + 1].text)
        and not ISSUED_BY_RE.match(found[k + 1].text)  # `Riga Summit Declaration` / `Issued by the Heads …`
        and not _DOCUMENT_LABEL_RE.search(found[k].text)  # `Final statement` / `Meeting of the North …`
    )
