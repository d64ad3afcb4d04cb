"""Website chrome in a raw release: boilerplate phrases of NATO's sites (login, newsletter, media portal,
cookies), whole lines of page furniture, and a press release's reference label (natopress.draft.segmenter
makes such lines `chrome` segments)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.countries import country_row
from natopress.draft.datelines import is_date_line
from natopress.draft.dates import MONTH_ALT
from natopress.draft.lines import IMAGE_NAME_RE
from natopress.formats import UPDATE_LABEL

BREADCRUMB = r"^(?:[^/>›\n]{1,60}\s[/>›]\s+){2,}(?P<last>(?:[^/>›\n]|(?<=\S)/(?=\S))+)$"
"""A breadcrumb trail, `Home  /  Newsroom  /  News  /  2021  /  <title>` (the title maybe holding a slash
between words: `… MAYOR OF FERIZAJ/UROSEVAC`): chrome."""
_BREADCRUMB_RE = re.compile(BREADCRUMB)
_CRUMB_REACH = 4
"""How many lines above a headline its breadcrumb trail may stand."""


_YEAR_STEP_RE = re.compile(r"[/>›]\s+(?P<year>(?:19|20)\d\d)\s+[/>›]")


def trail_year(line: str) -> int | None:
    """The year a breadcrumb trail files its page under, a step of its own (`Home  /  Newsroom  /  News
    Archive  /  2019  /  <title>` → 2019); None for any other line."""
    step = _YEAR_STEP_RE.search(line) if _BREADCRUMB_RE.match(line) else None
    return int(step["year"]) if step is not None else None


def repeats_crumb(lines: Sequence[str], k: int) -> bool:
    """True when line `k` of `lines` repeats the last step of a breadcrumb trail at most `_CRUMB_REACH` lines
    above it (`NATO HQ Sarajevo  /  News  /  2020  /  <headline>` … `<headline>`), case aside (`Open day
    at …` over `open day at …`) and punctuation aside (the headline's commas around an apposed name, which the
    trail leaves out), or its first `_CRUMB_PREFIX_WORDS` words or more (`… Hosts Planning Conference in Velgrad
    for the Second Time` over `… hosts planning conference in velgrad`, the page's heading cut short): the page's title,
    even when it ends on a full stop."""
    return any(
        (crumb := _BREADCRUMB_RE.match(line)) is not None
        and _same_words(_bare(crumb["last"]), _bare(lines[k]))
        for line in lines[max(0, k - _CRUMB_REACH) : k]
    )


_CRUMB_TITLE_WORDS = 3
"""The fewest words of a breadcrumb's last step that stands for a page's missing title (not `News`, `2015`)."""
_CRUMB_STEP_WORDS = 3
"""The most words of a trail's step before its last (`Home`, `News Archive`): a title whose words a slash
parts is no trail (`Hosts International Organisation / Non-Governmental Organisation / …`)."""


def crumb_title(text: str, segments: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span (code points) of a breadcrumb trail's last step, when a segment of `segments` (the chrome above
    the body) is a trail of short steps whose last step holds `_CRUMB_TITLE_WORDS` words or more (`Home /
    Newsroom / 2015 / OSTRAVIAN CORPS HOSTS ITS OPEN DAY`): the title of a page that gives it
    nowhere else (guidelines 4); else None."""
    for start, end in segments:
        crumb = _BREADCRUMB_RE.match(text[start:end])
        steps = re.split(r"\s[/>›]\s", text[start : start + crumb.start("last")]) if crumb else []
        if (
            crumb is not None
            and all(len(step.split()) <= _CRUMB_STEP_WORDS for step in steps)
            and len(re.findall(r"[^\W\d_][\w’'-]*", crumb["last"])) >= _CRUMB_TITLE_WORDS
        ):
            return start + crumb.start("last"), start + len(crumb["last"].rstrip()) + crumb.start("last")
    return None


_CRUMB_PREFIX_WORDS = 5
"""The fewest words of a breadcrumb's last step that a heading repeating only its beginning must hold."""


def _same_words(crumb: str, line: str) -> bool:
    """True when the bare `line` is the bare `crumb`, or its first `_CRUMB_PREFIX_WORDS` words or more."""
    return crumb == line or (len(line.split()) >= _CRUMB_PREFIX_WORDS and crumb.startswith(line + " "))


def _bare(line: str) -> str:
    """`line`'s words without case and the punctuation between them (`,` `.` `;` `:`)."""
    return " ".join(re.sub(r"[,.;:](?=\s|\Z)", "", line).split()).casefold()


RELATED_LINK = r"^\d{1,2}/\d{1,2}/\d{2,4}\s+-\s+\S[^\n]{0,40}$"
"""The older site's related link, a whole line (`15/10/2005 - SHAPE`): chrome, and so is the linked page's
title on the line after it (natopress.draft.segmenter)."""
RELATED_LINK_RE = re.compile(RELATED_LINK)
_DATED_LINK_HEAD = rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTH_ALT})\.?\s+\d{{4}}\s+-\s+"
"""A related link's day or days, month and year, then its dash (`2-4 April 2008 - `), as a pattern to embed."""
RELATED_EVENT_RE = re.compile(
    rf"^[•·▪]\s*{_DATED_LINK_HEAD}(?=[^\W\d_])\S[^\n]{{0,40}}$",
    re.IGNORECASE,
)
"""A bulleted link of the `From the event` list (`• 2-4 April 2008 - NATO`, `• 11 Sep 2008 - EADRCC`; a
source's name after the dash, not a date: `• 09 Jun. 2017 - 14 Jun. 2017` is a date block): the linked page's
title on the line after it is chrome too (natopress.draft.segmenter)."""

RELATED_DATED_LINK = rf"^{_DATED_LINK_HEAD}(?-i:[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){{0,3}})$"
"""The older NATO Update's related link without a bullet (`3 June 2004 - NATO`, `28-29 June 2004 - Turkey`):
a day, a dash and a source's capitalised name, nothing else; chrome, and so is the linked page's title
on the line after it (natopress.draft.segmenter). A dateline goes on with a sentence."""
RELATED_DATED_LINK_RE = re.compile(RELATED_DATED_LINK, re.IGNORECASE)

DOCUMENT_LINK = (
    r"^[^\n]{0,100}\(\s*\.?(?:pdf|wmv|avi|mp3|mp4|docx?|pptx?|xlsx?|zip)\s*/\s*[\d,.]+\s*[kmg]b\s*\)$"
)
"""A link to a document, its format and size in brackets (`Situation report 2 (.PDF/59Kb)`, `25 August
(PDF/30Kb)`, `Video footage of the floods (.wmv/11MB)`), as the disaster response centre lists them: chrome,
and so is a line between two of them (natopress.draft.segmenter)."""
DOCUMENT_LINK_RE = re.compile(DOCUMENT_LINK, re.IGNORECASE)

# Website boilerplate, French and English, matched case-insensitively anywhere in a line. Specific
# phrases only: a press release may well speak of "codes" or "ressources" in its body.
CHROME_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # French
        r"ressources médiatiques",
        r"\bnewsletter\b|lettre d['’]information",
        r"\bmots? de passe\b",
        r"adresse (?:e-mail|électronique|courriel)",
        r"(?:nouveau|un|de) code\b.*\b(?:envoy|reçu)|envoyer un nouveau code",
        r"télécharger .*\bvidéos?\b|depuis notre site web",
        r"cliquez sur le bouton|cliquez ici",
        r"connectez-vous|se connecter|créer un compte",
        r"accepter les cookies|utilise des cookies|aller au contenu|imprimer cette page|partager cette page",
        # English
        r"media resources|media portal|broadcast-quality video|qualité broadcast",
        r"boîte de réception|créé votre compte",
        r"\bpasswords?\b",
        r"e-?mail address",
        r"(?:verification|new|a) code\b.*\b(?:sent|receive)|resend code|send (?:a )?new code|receive (?:a|the) code"
        r"|enter (?:the |a )?verification code|check your inbox|^verification code$"
        r"|successfully created your account",
        r"download .*\bvideos?\b|from our website",
        r"click (?:on )?the button|click here|^add to (?:facebook|twitter|linkedin)$",
        r"\blog ?in\b|\bsign (?:in|up)\b|create an account",
        r"accept (?:all )?cookies|uses cookies|skip to (?:main )?content|print this page|share this page",
        r"subscribe to (?:our|the) newsletter",
        r"\brss\s+feeds?\b|add\s+to\s+your\s+facebook|watch\s+us\s+on\s+youtube|follow\s+us\s+on\b",
        # a whole line of page furniture, in either language
        r"^(?:print|share|e-?mail|top of page|back to top|related (?:news|content)|more news|menu|search|"
        r"imprimer|partager|haut de page|retour en haut|articles? liés?|plus d['’]actualités|rechercher"
        r"|from the event|de l['’][eé]vénement|au c(?:œ|oe)ur de l['’][eé]vénement|event|[eé]v[eé]nement"
        r"|in the spotlight|dossiers|topics|nato-russia council|conseil otan-russie|search our content|nato|otan|#"
        r"|nato['’]s strategic warfare development command"
        r"|textes? officiels?|official texts?|nato multimedia account|register|s['’]inscrire|compte multimédia|registre"
        r"|code de vérification|scroll(?:\s+to)?\s+top|\*\s*(?:home|accueil)\s*\*|\[\s*(?:home|accueil)\s*\]|home|accueil"
        r"|nato\s*-\s*north atlantic treaty organi[sz]ation|otan\s*-\s*organisation du traité de l['’]atlantique nord"
        # a host site's Spanish furniture (`Texto no traducido`) and a share button alone (`Google Buzz`)
        r"|imagen de fondo|texto no traducido|info|google\s+buzz)$",
        # the older site's related links (`15/10/2005 - SHAPE`, `- MP3/20101Kb`) and its sidebar's headings
        rf"{RELATED_LINK}|{RELATED_DATED_LINK}|^-\s+(?:MP3|transcript|video|vidéo|audio|pdf)\b"
        r"|^(?:nouvelles|multim[ée]dia|liens|historique|opinions|news|links|background)$",
        # the older site's sidebar items, its bullet image's text before each (`Bullet Photos en haute résolution`)
        r"^bullet\s",
        # an image's remains (`![]() |`), a section's label, image files listed with their sizes
        # (`sfor-logo.gif (7931 bytes) sforonline.jpg (10701 bytes)`)
        r"^!\[[^\]\n]*\]\([^)\n]*\)[\s|]*$|^header$",
        # an image's label, its credit and its file number (`TRJR18 Ulm PhotoJWC 1015`, `Flags PhotoJWC 66492222`)
        r"(?-i:^[^.!?\n]{0,60}\bPhoto\s?[A-Z]{2,8}\s+\d{2,}$)",
        # the older site's link to a page's other languages (`Autres langues |`)
        r"^(?:autres\s+langues|other\s+languages)[\s|]*$",
        # a host site's notice of its own downtime (`Maintenance window scheduled to begin at February 14th …`)
        r"^maintenance\s+window\s+scheduled\b",
        # an image's alternative text naming a logo, its words capitalised (`Defense Visual Information Distribution
        # Service Logo`; not a headline: `Romanian President and NATO Chief unveil summit logo`)
        r"(?-i:^(?:[A-Z0-9][\w’'&.-]*\s+){1,12}[Ll]ogo$)",
        r"^(?:\S+\.(?:gif|jpe?g|png)\s*\(\d[\d,.]*\s*(?:bytes|octets|[kKM]b)\)\s*)+$",
        BREADCRUMB,
        # a site's footer links, maybe glued together (`ACTSitemapPrivacy PolicyContact Us`)
        r"^[^.!?\n]{0,120}(?:sitemap|site\s+map|plan\s+du\s+site)[^.!?\n]{0,80}(?:\.{3}|…)?$",
        # a site's menu, ending with its contact link (`About SPS Funding opportunities … Contact us`)
        r"^[^.!?\n]{0,120}\s(?:contact\s+us|contactez-nous|nous\s+contacter)$",
        # ... or of two steps, when a `>` or `›` parts them (`SPS Homepage > News 2006`), or of one step and its
        # mark (`Media >`)
        r"^[^/>›.!?\n]{1,60}\s[>›]\s+[^/>›.!?\n]{1,60}$|^[^/>›.!?\n]{1,40}\s[>›]$",
        # the newer site's reading time, `2 MIN READ` / `2 MIN DE LECTURE`
        r"^\d{1,3}\s*min(?:ute)?s?\.?\s+(?:read|de\s+lecture)$",
        # links to the sites' home pages (`header jftc new NATO Homepage JFTC Homepage`)
        r"^(?:[^\n]*\bhomepage\b){2}[^\n]*$",
        # a site's name and section over its page (`NDC - News NDC Web Site —News`), a centre's name set as
        # its logo (`NATO ENERGY SECURITY Center of Excellence`)
        r"^[A-Z]{2,8}\s+-\s+(?:news|actualités)\b[^.!?\n]{0,60}$",
        r"(?-i:^(?:[A-Z]{2,}\s+){1,5}Cent(?:re|er)\s+of\s+Excellence$)",
        # a date stub with neither day nor year (`Sat, Oct`), as a newspaper's site shows over its page
        rf"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:{MONTH_ALT})\.?$",
        # a month's archive link over the page (`in July 2019`)
        rf"^in\s+(?:{MONTH_ALT})\s+\d{{4}}$",
        # a site's postal address (`Souda Air Base, Chania, 73100`)
        r"^[^.!?\d\n]{1,60},\s*\d{4,6}$",
        # a section's or edition's label over the page (`News Archive`, `News and events`, `PDF Library`,
        # NATO Review's `Edition Web` and `Focus on NATO`), a mission's magazine named over its story (`KFOR
        # Chronicle`, `Inside KFOR`), the Assembly's site name alone (`NATO Parliamentary Assembly`), and NATO
        # Review's issue lines (`Vol. 46 - No. 2`, `Été 1998` or, its accent lost, `Et 1998`, `p. 11`, `pp. 24-27`, `Infos
        # OTAN`)
        r"^(?:news\s+archive|news(?:\s+(?:and|&)\s+events)?|latest\s+news|news\s*room"
        r"|archives?\s+des\s+actualités|[ée]dition\s+web|web\s+edition|infos\s+otan"
        r"|pdf\s+library|photo\s+gallery|video\s+library|kfor\s+chronicle|sfor\s+informer|isaf\s+mirror|inside\s+kfor"
        r"|situation\s+reports|focus\s+on\s+nato|nato\s+parliamentary\s+assembly"
        r"|assembl[ée]e\s+parlementaire\s+de\s+l['’]otan)$",
        DOCUMENT_LINK,
        # links to a site's social media pages, two or more (`CMRE Facebook page  CMRE LinkedIn page`), and an
        # image's alternative text naming the site's banner (`CMRE banner`)
        r"^(?:[^.!?\n]{0,30}\b(?:facebook|linkedin|youtube|twitter|instagram|flickr)\b){2,}[^.!?\n]{0,30}$",
        r"^[\w-]{2,12}\s+banner$",
        # a site's welcome banner in capitals (`WELCOME TO ALLIED COMMAND TRANSFORMATION`)
        r"^(?-i:WELCOME\s+TO\s+[A-Z][A-Z .’'&-]+)$",
        # a magazine's issue line (`No. 03/99 - November 1999 - Page 12`, the KFOR Chronicle's; NATO Review's
        # `No. 4 - Jul. 1997` over `Vol. 45 - pp. 12`)
        rf"^no\.?\s*\d+(?:/\d+)?\s*[-–]\s*(?:{MONTH_ALT})\.?\s+\d{{4}}(?:\s*[-–]\s*page\s+\d+)?$",
        r"^(?:vol\.\s*\d+\s*[-–]\s*(?:no\.?|pp?\.)\s*\d+|pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)$",
        # its season, also after the volume (`Vol. 49 - No. 1 Printemps 2001`)
        r"^(?:vol\.\s*\d+\s*[-–]\s*no\.?\s*\d+\s+)?"
        r"(?:printemps|été|et|automne|hiver|spring|summer|autumn|fall|winter)\s+\d{4}$",
        # a date line whose month is misspelt (`13 Mach. 2010`): no date is read from it, and it is no title
        rf"(?-i:^\d{{1,2}}\s+(?!(?i:{MONTH_ALT})\b)[A-Z][a-zéû]{{2,8}}\.?\s+\d{{4}}$)",
    )
)


# The site date without its named groups, so it can repeat inside one pattern.
TEXT_SIZE_RE = re.compile(
    r"^(?:text\s+size|font\s+size|taille\s+du\s+texte|(?:czcionka\s+\w+\s*){2,3}|a\s*[-–]?\s*a\s*a\s*\+?)$",
    re.IGNORECASE,
)
"""A page's text-size control (`Text Size`, `czcionka większa czcionka normalna czcionka mniejsza`):
chrome, and so is the line above it at the page's head, the site's name or its clock
(natopress.draft.segmenter)."""
PRESS_RELEASE_RE = re.compile(
    r"^(?:(?:press\s+release|communiqu\w*\s+de\s+presse|statement|d[ée]claration)\s*"
    r"(?:\(\d{2}(?:\d{2})?\)\s*\d+|(?:#|no\.?|n°)\s*\d{4}[-/]\d+)"
    r"|(?:press\s+release\s+)?PR\s*(?:#\s*\d{4}[-/]\d+|/\s*CP\s*\(\d{4}\)\s*\d+|\(\d{4}\)\s*\d+)"
    r"|(?:(?-i:[A-Z]{2,6})\s+)?press\s+release|communiqu\w*(?:\s+de\s+presse)?|de\s+presse|press|release"
    r"|\(\d{2}(?:\d{2})?\)\s*\d{1,3}"
    r"|\[\s*(?:nato\s+|otan\s+)?(?:press(?:\s+releases?)?|communiqu\w*)(?:\s*\])?|(?:press\s+)?releases?\s*\]"
    r"|(?-i:[A-Z][A-Z0-9-]*\(\d{2}(?:\d{2})?\)\s*\d{1,3}|(?:[A-Z]{1,5}-){2,3}(?:\d{1,2})?|\d\(\d{2}\)\s*\d{1,3}))"
    r"(?:\s*\|)?$",
    re.IGNORECASE,
)
"""NATO's reference line of a press release, `Press Release (2024) 012`, `PR/CP(2012)001`, `Statement (98)146` (also as stored
with its accent lost: `Communiqu de Presse (2002)131`, or with a two-digit year: `Communiqué de Presse
(96)60`), ISAF's `PR# 2008-031`, `PR (2000) 18`, or the label alone, maybe wrapped over two lines, maybe after a body's
acronym (`KFOR Press Release`), and its number alone (`Press Release`, `Communiqué` ⏎ `de presse` ⏎
`(98)95`, `Press` ⏎ `Release` ⏎ `(97)106`), also in brackets (`[ NATO PRESS` ⏎ `RELEASES ]`, `[ NATO
COMMUNIQUES ]`), and a document's reference alone (`EAPC-S(99)67`, `M-EAPC-1(98)63`, `M-NAC-1`, also
wrapped: `M-NAC-` ⏎ `2(98)143`): the site's
label, chrome; also as a table's cell, a bar after it (`Communiqu |`)."""
UNREAD_UPDATE_RE = re.compile(
    rf"^{UPDATE_LABEL}\s*:\s*[^\n]{{0,40}}\b(?:19|20)\d{{2}}\b[^\n]{{0,40}}$", re.IGNORECASE
)
"""An update item whose date the date block cannot read, misspelt (`Updated: 20 Septrember 1999 KFOR Press
Updates`): chrome when it is no date line (`is_date_line`), so no date and no title."""
CHROME_MAX_CHARS = 200
"""The longest line a boilerplate phrase makes chrome (code points): a body paragraph may close with one
(`… de la coopération entre l'OTAN et la Moldavie. Pour en savoir plus, cliquez ici.`)."""


def is_chrome(line: str) -> bool:
    """True when the line is website boilerplate (login, newsletter, media portal...) or a reference label:
    a boilerplate phrase in a line of at most `CHROME_MAX_CHARS`, a whole line of page furniture, a row of
    country names under their flags (`countries.country_row`), or an image's file name (`180412vel02 400`,
    which `lines.lines` cuts from the paragraph it was glued to)."""
    patterns = (
        CHROME_PATTERNS
        if len(line) <= CHROME_MAX_CHARS
        else [p for p in CHROME_PATTERNS if p.pattern[0] == "^"]
    )
    return (
        any(pattern.search(line) for pattern in patterns)
        or PRESS_RELEASE_RE.match(line) is not None
        or TEXT_SIZE_RE.match(line) is not None
        or (UNREAD_UPDATE_RE.match(line) is not None and not is_date_line(line))
        or country_row(line)
        or IMAGE_NAME_RE.fullmatch(line) is not None
    )


def broken_labels(lines: Sequence[str], chrome: list[bool]) -> None:
    """Marks as chrome, in place (`chrome[k]` for `lines[k]`, the page's non-blank lines), a release's label
    broken over lines: `Communiqué` / `de presse` / `(2009)023` (`PRESS_RELEASE_RE` over three lines), and
    `Press` / `Statement` over the date line."""
    for k in range(len(lines) - 2):
        if PRESS_RELEASE_RE.match(" ".join(lines[k : k + 3])):
            chrome[k : k + 3] = [True] * 3
    for k in range(len(lines) - 1):
        if _PRESS_STATEMENT_RE.fullmatch(f"{lines[k]} {lines[k + 1]}"):
            chrome[k : k + 2] = [True] * 2


_PRESS_STATEMENT_RE = re.compile(r"press\s+statement", re.IGNORECASE)
